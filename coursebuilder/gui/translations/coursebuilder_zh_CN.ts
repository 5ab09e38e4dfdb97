<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CourseBuilder</source>
        <translation>关于 CourseBuilder</translation>
    </message>
    <message>
        <source>CourseBuilder builds portable training courses for phones, projectors and USB sticks.</source>
        <translation>CourseBuilder 用来制作可随身携带的培训课程，可在手机、投影仪和U盘上使用。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <source>Copies versions, system, screens, folders and the last 200 log lines, to paste into a bug report.</source>
        <translation>复制版本、系统、屏幕、文件夹和日志的最后 200 行，方便粘贴到问题报告中。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>修改简介</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>简介(&amp;D):</translation>
    </message>
    <message>
        <source>Change pass mark</source>
        <translation>修改及格线</translation>
    </message>
    <message>
        <source>&amp;Pass mark:</source>
        <translation>及格线(&amp;P):</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Change attempts</source>
        <translation>修改作答次数</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>作答次数(&amp;A):</translation>
    </message>
    <message>
        <source>Shuffle the questions for each trainee</source>
        <translation>为每位学员打乱题目顺序</translation>
    </message>
    <message>
        <source>Change shuffle</source>
        <translation>修改打乱顺序</translation>
    </message>
    <message>
        <source>Answers are anonymous</source>
        <translation>匿名作答</translation>
    </message>
    <message>
        <source>Change anonymity</source>
        <translation>修改匿名设置</translation>
    </message>
    <message>
        <source>Survey questions have no right or wrong answers; the answers are counted.</source>
        <translation>问卷题目没有对错，只统计回答。</translation>
    </message>
</context>
<context>
    <name>ClassroomActions</name>
    <message>
        <source>&amp;Start classroom…</source>
        <translation>开始课堂(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>结果(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ClassroomController</name>
    <message>
        <source>Preparing the classroom</source>
        <extracomment>False once Stop was pressed: a phone copy finishing after that is thrown away, never served.</extracomment>
        <translation>正在准备课堂</translation>
    </message>
</context>
<context>
    <name>ClassroomWindow</name>
    <message>
        <source>Classroom</source>
        <extracomment>After this long with no phone, the window explains what usually blocks them.</extracomment>
        <translation>课堂</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>网络地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>PIN for results (optional)</source>
        <translation>提交结果的 PIN 码（可不填）</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Session label</source>
        <translation>本场名称</translation>
    </message>
    <message>
        <source>Start classroom</source>
        <translation>开始课堂</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>A laptop&apos;s own hotspot holds only about 8 phones (Windows&apos; mobile hotspot allows 8). For a full room use Wi-Fi access points, on 5 GHz where phones support it; phones must be on the same network as this computer.</source>
        <translation>笔记本电脑自带的热点只能连大约 8 部手机（Windows 移动热点最多 8 部）。满座的教室请用无线接入点（手机支持时用 5 GHz）；手机必须和这台电脑在同一个网络里。</translation>
    </message>
    <message>
        <source>No phone has connected after a minute. Check that the phones are on the same Wi-Fi as this computer with mobile data off, that the firewall allows CourseBuilder (on Windows: a Private network, not Public), and that the Wi-Fi does not keep devices apart (guest or client isolation).</source>
        <translation>一分钟了还没有手机连上。请检查：手机和这台电脑连的是同一个 Wi-Fi，并且关闭了移动数据；防火墙允许 CourseBuilder（Windows 上选“专用网络”，不要选“公用网络”）；Wi-Fi 没有开启设备隔离（访客网络或客户端隔离）。</translation>
    </message>
    <message>
        <source>Show join slide full screen</source>
        <translation>全屏显示加入页</translation>
    </message>
    <message>
        <source>Save join slide as PNG…</source>
        <translation>将加入页另存为 PNG…</translation>
    </message>
    <message>
        <source>Save join slide as SVG…</source>
        <translation>将加入页另存为 SVG…</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>结果…</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1（仅本机）</translation>
    </message>
    <message>
        <source>The PIN must be 3 to 12 digits.</source>
        <translation>PIN 码必须是 3 到 12 位数字。</translation>
    </message>
    <message>
        <source>Preparing the phone copy of the course…</source>
        <translation>正在准备课程的手机版…</translation>
    </message>
    <message>
        <source>The classroom could not start: %1</source>
        <translation>课堂无法开始：%1</translation>
    </message>
    <message>
        <source>Stopped. The results are kept; open Results… to see them.</source>
        <translation>已停止。结果已保存，打开“结果…”查看。</translation>
    </message>
    <message>
        <source>Phones in the last 2 minutes: %1
Results this session: %2</source>
        <translation>最近 2 分钟的手机：%1
本场收到的结果：%2</translation>
    </message>
    <message>
        <source>Save join slide</source>
        <translation>保存加入页</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>The clipboard format of a fragment; bundle/fragment.py says the same (imported late: it loads Pillow). Widgets whose own Cut, Copy and Paste work on text rather than on course objects. The last object list the lecturer worked in (outline, block list or a question list).</extracomment>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select a module, lesson, block or question to copy.</source>
        <translation>请先选择要复制的模块、课、内容块或题目。</translation>
    </message>
    <message>
        <source>Cannot copy: %1</source>
        <translation>无法复制：%1</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <source>Copied to the clipboard; paste it here or in another course.</source>
        <translation>已复制到剪贴板，可粘贴到本课程或另一门课程。</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>The clipboard holds no modules, lessons, blocks or questions to paste.</source>
        <translation>剪贴板中没有可粘贴的模块、课、内容块或题目。</translation>
    </message>
    <message>
        <source>Pasting</source>
        <translation>正在粘贴</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>无法粘贴：%1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Add a module first: lessons, quizzes and surveys are pasted into a module.</source>
        <translation>请先添加一个模块：课、测验和问卷要粘贴到模块中。</translation>
    </message>
    <message>
        <source>Select a lesson in the outline to paste blocks into it.</source>
        <translation>请在大纲中选择一节课，再把内容块粘贴进去。</translation>
    </message>
    <message>
        <source>Select a quiz, a survey or an exercise to paste questions into it.</source>
        <translation>请选择一个测验、问卷或练习，再把题目粘贴进去。</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>Course properties</source>
        <translation>课程信息</translation>
    </message>
    <message>
        <source>Change course title</source>
        <translation>修改课程标题</translation>
    </message>
    <message>
        <source>What trainees will see as the course name</source>
        <translation>学员看到的课程名称</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <source>Change subtitle</source>
        <translation>修改副标题</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>副标题(&amp;S):</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>修改语言</translation>
    </message>
    <message>
        <source>Language tag of the main language, such as en or zh-Hans</source>
        <translation>主要语言的语言代码，例如 en 或 zh-Hans</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>Change licence</source>
        <translation>修改许可协议</translation>
    </message>
    <message>
        <source>L&amp;icence:</source>
        <translation>许可协议(&amp;I):</translation>
    </message>
    <message>
        <source>Change version</source>
        <translation>修改版本</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V):</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>修改简介</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>简介(&amp;D):</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Cover:</source>
        <translation>封面:</translation>
    </message>
    <message>
        <source>Change cover</source>
        <translation>修改封面</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>添加作者</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>删除作者</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>作者:</translation>
    </message>
    <message>
        <source>(no cover)</source>
        <translation>（无封面）</translation>
    </message>
    <message>
        <source>Change authors</source>
        <translation>修改作者</translation>
    </message>
    <message>
        <source>New author</source>
        <translation>新作者</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop picture</source>
        <translation>裁剪图片</translation>
    </message>
    <message>
        <source>Drag over the picture to choose the part to keep. The file itself is not changed.</source>
        <translation>在图片上拖动，选出要保留的部分。图片文件本身不会被修改。</translation>
    </message>
    <message>
        <source>Whole picture</source>
        <translation>整张图片</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Adding media</source>
        <extracomment>Write the recovery copy this long after the last change (typing restarts the wait)... ...but never let changes go unwritten for longer than this while the lecturer keeps typing. When the oldest change not yet in the recovery copy was made (None: all written). A sample course opened as a template: saving must ask where, never overwrite the sample.</extracomment>
        <translation>正在添加媒体</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>添加媒体</translation>
    </message>
    <message numerus="yes">
        <source>Add %n media file(s)</source>
        <translation>
            <numerusform>添加 %n 个媒体文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Writing a recovery copy</source>
        <translation>正在写入恢复副本</translation>
    </message>
</context>
<context>
    <name>ExerciseBlockEditor</name>
    <message>
        <source>Change exercise title</source>
        <translation>修改练习标题</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <source>Change instructions</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>说明(&amp;I):</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Export for translator</source>
        <translation>导出给译者</translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx): Excel, LibreOffice, WPS</source>
        <translation>电子表格 (.xlsx)：Excel、LibreOffice、WPS</translation>
    </message>
    <message>
        <source>XLIFF 2.0 (.xlf): translation tools</source>
        <translation>XLIFF 2.0 (.xlf)：翻译工具</translation>
    </message>
    <message>
        <source>CSV (.csv): any spreadsheet</source>
        <translation>CSV (.csv)：任何表格软件</translation>
    </message>
    <message>
        <source>Each row has a text&apos;s place, the default language&apos;s words and an empty column for the translation. Send the file back when it is filled in and import it.</source>
        <translation>每一行有文字的位置、默认语言的原文和一列空白的译文。译者填好后把文件发回来，再导入。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>“%1” is ready (%2).
It is in the folder %3</source>
        <translation>“%1”已完成（%2）。
位于文件夹 %3</translation>
    </message>
    <message>
        <source>Worth checking before class:</source>
        <translation>上课前值得检查：</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>FindActions</name>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>查找和替换(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <source>Words to find in titles, texts, questions, choices and notes</source>
        <translation>要在标题、正文、题目、选项和备注中查找的文字</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words only</source>
        <translation>全字匹配(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>替换为(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the selected occurrence</source>
        <translation>替换选中的这一处</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>找到 %1 处</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replaced %1 occurrences.</source>
        <translation>已替换 %1 处。</translation>
    </message>
</context>
<context>
    <name>FramingButtons</name>
    <message>
        <source>Turn left</source>
        <translation>向左转</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>向右转</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>裁剪…</translation>
    </message>
    <message>
        <source>As taken</source>
        <translation>恢复原样</translation>
    </message>
    <message>
        <source>Show the whole picture, not turned</source>
        <translation>显示整张图片，不旋转</translation>
    </message>
    <message>
        <source>Turn picture</source>
        <translation>旋转图片</translation>
    </message>
    <message>
        <source>Show the whole picture</source>
        <translation>显示整张图片</translation>
    </message>
    <message>
        <source>Crop picture</source>
        <translation>裁剪图片</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>PowerPoint deck…</source>
        <extracomment>The kinds of import, in menu order. The dialog listing what the last import could not carry over (for tests and screenshots). The status-bar line saying what the finished import added.</extracomment>
        <translation>PowerPoint 演示文稿…</translation>
    </message>
    <message>
        <source>Markdown folder…</source>
        <translation>Markdown 文件夹…</translation>
    </message>
    <message>
        <source>GIFT question bank…</source>
        <translation>GIFT 题库…</translation>
    </message>
    <message>
        <source>Photos from a folder…</source>
        <translation>文件夹中的照片…</translation>
    </message>
    <message>
        <source>Choose a lesson first</source>
        <translation>请先选择课时</translation>
    </message>
    <message>
        <source>Select the lesson the photos should go into in the outline, then import them.</source>
        <translation>请先在大纲中选中要放入照片的课时，然后再导入。</translation>
    </message>
    <message>
        <source>Import a PowerPoint deck</source>
        <translation>导入 PowerPoint 演示文稿</translation>
    </message>
    <message>
        <source>PowerPoint decks (*.pptx);;All files (*)</source>
        <translation>PowerPoint 演示文稿 (*.pptx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a GIFT question bank</source>
        <translation>导入 GIFT 题库</translation>
    </message>
    <message>
        <source>GIFT question banks (*.gift *.txt);;All files (*)</source>
        <translation>GIFT 题库 (*.gift *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a folder of Markdown notes</source>
        <translation>导入 Markdown 笔记文件夹</translation>
    </message>
    <message>
        <source>Import photos from a folder</source>
        <translation>从文件夹导入照片</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Importing photos from %1</source>
        <translation>正在从 %1 导入照片</translation>
    </message>
    <message>
        <source>Import deck “%1”</source>
        <translation>导入演示文稿“%1”</translation>
    </message>
    <message>
        <source>Import Markdown folder “%1”</source>
        <translation>导入 Markdown 文件夹“%1”</translation>
    </message>
    <message>
        <source>Import questions “%1”</source>
        <translation>导入题目“%1”</translation>
    </message>
    <message>
        <source>Import photos from “%1”</source>
        <translation>从“%1”导入照片</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>%1 was not imported; the course is unchanged.
%2</source>
        <translation>%1 未导入，课程没有改变。
%2</translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>已从 %1 导入：%2</translation>
    </message>
    <message>
        <source>1 module</source>
        <translation>1 个模块</translation>
    </message>
    <message>
        <source>%1 modules</source>
        <translation>%1 个模块</translation>
    </message>
    <message>
        <source>1 lesson</source>
        <translation>1 个课时</translation>
    </message>
    <message>
        <source>%1 lessons</source>
        <translation>%1 个课时</translation>
    </message>
    <message>
        <source>1 quiz</source>
        <translation>1 个测验</translation>
    </message>
    <message>
        <source>%1 quizzes</source>
        <translation>%1 个测验</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 道题</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 道题</translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>1 张图片</translation>
    </message>
    <message>
        <source>%1 pictures</source>
        <translation>%1 张图片</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>没有新内容</translation>
    </message>
</context>
<context>
    <name>ImportNotesDialog</name>
    <message>
        <source>Imported “%1”</source>
        <translation>已导入“%1”</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>已添加：%1。</translation>
    </message>
    <message>
        <source>These parts could not be carried over exactly. Check them in the course:</source>
        <translation>以下内容无法原样导入，请在课程中检查：</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Translations imported</source>
        <translation>译文已导入</translation>
    </message>
    <message>
        <source>%1: %2 changed, %3 unchanged, %4 still missing, %5 stale, %6 not in this course.</source>
        <translation>%1：%2 处已修改，%3 处未变，%4 处仍未翻译，%5 处已过时，%6 处不属于本课程。</translation>
    </message>
    <message>
        <source>Stale (the text changed after the file was made; applied, marked for checking)</source>
        <translation>已过时（文件做好后原文又改了；已导入，标记待核对）</translation>
    </message>
    <message>
        <source>Not applied: the course has a newer translation</source>
        <translation>未导入：课程里有更新的译文</translation>
    </message>
    <message>
        <source>Not in this course</source>
        <translation>不属于本课程</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>仍未翻译</translation>
    </message>
</context>
<context>
    <name>LanguagesDialog</name>
    <message>
        <source>Course languages</source>
        <extracomment>Languages offered first (the programme&apos;s); any other BCP 47 tag can be typed.</extracomment>
        <translation>课程语言</translation>
    </message>
    <message>
        <source>The default language is the one the course is written in (Course properties › Language); it always comes first. Texts in the other languages are written under “Translating into”.</source>
        <translation>默认语言是课程撰写所用的语言（课程属性 › 语言），总是排在第一位。其他语言的文字在“翻译成”里编写。</translation>
    </message>
    <message>
        <source>A language tag such as km, lo, zh-Hans or en</source>
        <translation>语言代码，例如 km、lo、zh-Hans 或 en</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Removing a language drops its translations (undo brings them back)</source>
        <translation>删除一种语言会一并删除它的译文（撤销可以恢复）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>%1 — default language</source>
        <translation>%1 — 默认语言</translation>
    </message>
    <message>
        <source>“%1” is not a language tag; use one like km, lo, zh-Hans or en.</source>
        <translation>“%1”不是语言代码；请用 km、lo、zh-Hans、en 这样的代码。</translation>
    </message>
    <message>
        <source>%1 is already one of the course&apos;s languages.</source>
        <translation>%1 已经是课程的语言之一。</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Lesson</source>
        <extracomment>What a list view puts in the drag data when one of its own rows is dragged.</extracomment>
        <translation>课时</translation>
    </message>
    <message>
        <source>Preview as trainee</source>
        <translation>以学员视角预览</translation>
    </message>
    <message>
        <source>Change lesson title</source>
        <translation>修改课时标题</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Change minutes</source>
        <translation>修改时长</translation>
    </message>
    <message>
        <source>&amp;Estimated time:</source>
        <translation>预计时长(&amp;E):</translation>
    </message>
    <message>
        <source>One objective per line: after this lesson trainees can…</source>
        <translation>每行一个目标：学完本课时，学员能够……</translation>
    </message>
    <message>
        <source>Change objectives</source>
        <translation>修改学习目标</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>学习目标(&amp;O):</translation>
    </message>
    <message>
        <source>Speaker notes: what to say and do in class (not shown to trainees)</source>
        <translation>讲稿备注：课堂上要讲什么、做什么（学员看不到）</translation>
    </message>
    <message>
        <source>Change speaker notes</source>
        <translation>修改讲稿备注</translation>
    </message>
    <message>
        <source>Speaker &amp;notes:</source>
        <translation>讲稿备注(&amp;N):</translation>
    </message>
    <message>
        <source>Objectives and notes</source>
        <translation>目标与备注</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Add a block of this kind after the selected one</source>
        <translation>在选中内容块之后添加此类内容块</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>添加内容块</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>删除内容块</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>移动内容块</translation>
    </message>
    <message numerus="yes">
        <source>Add %n dropped file(s)</source>
        <translation>
            <numerusform>添加拖入的 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outline</source>
        <extracomment>The course, module and item above the shown object, nearest last: where to go if it is removed.</extracomment>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Media library</source>
        <translation>媒体库</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Below this window width the media library shares the outline&apos;s place (as a tab) so the editor keeps its width.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New course</source>
        <translation>新建课程(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;media files…</source>
        <translation>添加媒体文件(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Close course</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview as trainee</source>
        <translation>以学员视角预览(&amp;P)</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>C&amp;lassroom</source>
        <translation>课堂(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About CourseBuilder</source>
        <translation>关于 CourseBuilder(&amp;A)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Cannot open the user guide</source>
        <translation>无法打开使用指南</translation>
    </message>
    <message>
        <source>CourseBuilder</source>
        <translation>CourseBuilder</translation>
    </message>
    <message>
        <source>Untitled course</source>
        <translation>未命名课程</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新课程</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>模块 1</translation>
    </message>
    <message>
        <source>Lesson 1</source>
        <translation>课时 1</translation>
    </message>
    <message>
        <source>Open a course</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Course bundles (*%1);;All files (*)</source>
        <translation>课程包 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a course folder</source>
        <translation>打开课程文件夹</translation>
    </message>
    <message>
        <source>Course already open</source>
        <translation>课程已经打开</translation>
    </message>
    <message>
        <source>“%1” is already open in another CourseBuilder window (%2). If both save, one loses the other&apos;s changes.

Open it here anyway?</source>
        <translation>“%1”已在另一个 CourseBuilder 窗口中打开（%2）。如果两边都保存，一方的修改会丢失。

仍要在这里打开吗？</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Cannot open the course</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的内容？</translation>
    </message>
    <message>
        <source>CourseBuilder closed without saving %1. Restore it?</source>
        <translation>CourseBuilder 意外关闭，%1 尚未保存。要恢复吗？</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Course open elsewhere</source>
        <translation>课程在别处打开</translation>
    </message>
    <message>
        <source>“%1” is also open in another CourseBuilder window (%2). Saving here replaces whatever is saved there.

Save a copy under a new name instead?</source>
        <translation>“%1”也在另一个 CourseBuilder 窗口中打开（%2）。在这里保存会覆盖那边保存的内容。

改为另存一份副本吗？</translation>
    </message>
    <message>
        <source>Save course as</source>
        <translation>课程另存为</translation>
    </message>
    <message>
        <source>Course bundles (*%1)</source>
        <translation>课程包 (*%1)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>保存修改？</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有尚未保存的修改。先保存吗？</translation>
    </message>
    <message>
        <source>Add media files</source>
        <translation>添加媒体文件</translation>
    </message>
    <message>
        <source>Pictures, sound, video and documents (*.jpg *.jpeg *.png *.webp *.gif *.mp3 *.m4a *.ogg *.wav *.mp4 *.webm *.pdf);;All files (*)</source>
        <translation>图片、声音、视频和文档 (*.jpg *.jpeg *.png *.webp *.gif *.mp3 *.m4a *.ogg *.wav *.mp4 *.webm *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <source>Not changed: “%1” edits something no longer in the course.</source>
        <translation>未更改：“%1”要修改的内容已不在课程中。</translation>
    </message>
    <message>
        <source>Restore my changes</source>
        <translation>恢复我的修改</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>丢弃这些修改</translation>
    </message>
    <message>
        <source>Decide at the next start</source>
        <translation>下次启动时再决定</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownToolbar</name>
    <message>
        <source>B</source>
        <translation>粗</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>粗体 (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>斜</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>斜体 (Ctrl+I)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Make the line a heading</source>
        <translation>把这一行设为标题</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 列表</translation>
    </message>
    <message>
        <source>Make the lines a list</source>
        <translation>把这些行设为列表</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 编号</translation>
    </message>
    <message>
        <source>Make the lines a numbered list</source>
        <translation>把这些行设为编号列表</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Make the words a link (Ctrl+K)</source>
        <translation>把文字设为链接 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <source>Add a picture after this text</source>
        <translation>在这段文字后添加一张图片</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>粗体文字</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>斜体文字</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>链接文字</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>添加图片</translation>
    </message>
</context>
<context>
    <name>MediaBlockEditor</name>
    <message>
        <source>Choose file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Add from disk…</source>
        <translation>从电脑添加…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件:</translation>
    </message>
    <message>
        <source>Drop a file here</source>
        <translation>把文件拖到这里</translation>
    </message>
    <message>
        <source>Change alt text</source>
        <translation>修改替代文字</translation>
    </message>
    <message>
        <source>Describe the picture for trainees who cannot see it</source>
        <translation>为看不见图片的学员描述图片内容</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>替代文字(&amp;A):</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <source>Change transcript</source>
        <translation>修改文字稿</translation>
    </message>
    <message>
        <source>T&amp;ranscript:</source>
        <translation>文字稿(&amp;R):</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>修改简介</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>简介(&amp;D):</translation>
    </message>
    <message>
        <source>Change caption</source>
        <translation>修改说明文字</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>说明文字(&amp;C):</translation>
    </message>
    <message>
        <source>Change credit</source>
        <translation>修改来源</translation>
    </message>
    <message>
        <source>Who made it, and the licence</source>
        <translation>作者及许可协议</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>来源(&amp;R):</translation>
    </message>
    <message>
        <source>(choose a file)</source>
        <translation>（选择文件）</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one above</source>
        <translation>把文件拖到这里，或在上方选择</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <source>Add files…</source>
        <extracomment>Drag data naming one media path of the open course (dropped on a lesson&apos;s block list).</extracomment>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove unused</source>
        <translation>删除未使用的</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>used once</source>
        <translation>使用 1 次</translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation>使用 %1 次</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>用于：</translation>
    </message>
    <message>
        <source>Not used anywhere</source>
        <translation>没有被使用</translation>
    </message>
    <message>
        <source>Remove unused media</source>
        <translation>删除未使用的媒体</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n unused file(s)</source>
        <translation>
            <numerusform>删除 %n 个未使用的文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %2; %3 unused</source>
        <translation>
            <numerusform>%n 个文件，%2；%3 个未使用</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Change module title</source>
        <translation>修改模块标题</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>修改简介</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>简介(&amp;D):</translation>
    </message>
    <message>
        <source>Add lessons, quizzes and surveys with the outline&apos;s right-click menu.</source>
        <translation>在大纲中点右键，可添加课时、测验和问卷。</translation>
    </message>
</context>
<context>
    <name>ObjectTable</name>
    <message>
        <source>Add</source>
        <extracomment>A column: model attribute, header text, and &quot;text&quot; or &quot;check&quot;. Only one row may be ticked (single choice): ticking one unticks the rest.</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Mark correct</source>
        <translation>标为正确</translation>
    </message>
    <message>
        <source>Unmark correct</source>
        <translation>取消正确标记</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>调整顺序</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>(untitled %1)</source>
        <translation>（未命名%1）</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>添加模块</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>添加课时</translation>
    </message>
    <message>
        <source>Add quiz</source>
        <translation>添加测验</translation>
    </message>
    <message>
        <source>Add survey</source>
        <translation>添加问卷</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export an offline package</source>
        <translation>导出离线课程包</translation>
    </message>
    <message>
        <source>A folder of web pages (copy to a USB stick)</source>
        <translation>网页文件夹（复制到 U 盘）</translation>
    </message>
    <message>
        <source>A .zip of that folder (to send or download)</source>
        <translation>该文件夹的 .zip 压缩包（用于发送或下载）</translation>
    </message>
    <message>
        <source>One web page file (.html) for messaging apps</source>
        <translation>单个网页文件（.html），适合通过聊天软件发送</translation>
    </message>
    <message>
        <source>SCORM 1.2 package (.zip) for a learning platform</source>
        <translation>SCORM 1.2 课程包（.zip），用于学习平台</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The largest package trainees can download or copy; the export names what to shrink when it is over.</source>
        <translation>学员能下载或复制的最大课程包；超出时，导出会指出应缩小哪些内容。</translation>
    </message>
    <message>
        <source>Size budget:</source>
        <translation>大小上限：</translation>
    </message>
    <message>
        <source>Only warn when the package is over the budget</source>
        <translation>超出上限时只提醒，不中止</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Pictures for phones:</source>
        <translation>手机用图片：</translation>
    </message>
    <message>
        <source>Pictures for laptops:</source>
        <translation>电脑用图片：</translation>
    </message>
    <message>
        <source>All languages, with a language switch</source>
        <translation>所有语言，带语言切换</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Where</source>
        <extracomment>Turns the checks&apos; list into the one shown (the translation view lists missing texts per item).</extracomment>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No problems found: the course is ready for class.</source>
        <translation>没有发现问题：课程可以上课使用了。</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Kind:</source>
        <extracomment>What a new question of each kind starts with, besides its prompt: (question, course language) -&gt; None. The answer part of each kind&apos;s editor: (editor, document, question, graded) -&gt; (row label, widget), or None when the kind has nothing to set there (a survey&apos;s true-or-false statement).</extracomment>
        <translation>题型:</translation>
    </message>
    <message>
        <source>Change question</source>
        <translation>修改题目</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>题目(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>说明(&amp;I):</translation>
    </message>
    <message>
        <source>Change points</source>
        <translation>修改分值</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>分值(&amp;P):</translation>
    </message>
    <message>
        <source>Change feedback</source>
        <translation>修改反馈</translation>
    </message>
    <message>
        <source>When &amp;right:</source>
        <translation>答对时(&amp;R):</translation>
    </message>
    <message>
        <source>When &amp;wrong:</source>
        <translation>答错时(&amp;W):</translation>
    </message>
    <message>
        <source>Change hint</source>
        <translation>修改提示</translation>
    </message>
    <message>
        <source>Shown when a trainee asks for help</source>
        <translation>学员求助时显示</translation>
    </message>
    <message>
        <source>&amp;Hint:</source>
        <translation>提示(&amp;H):</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>选项:</translation>
    </message>
    <message>
        <source>Pairs:</source>
        <translation>配对:</translation>
    </message>
    <message>
        <source>Items in the right order:</source>
        <translation>按正确顺序排列的项目:</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>句子:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答案:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>设置:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>对应</translation>
    </message>
    <message>
        <source>One item per line, in the correct order</source>
        <translation>每行一项，按正确顺序</translation>
    </message>
    <message>
        <source>Change items</source>
        <translation>修改项目</translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation>这句话是对的</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>修改答案</translation>
    </message>
    <message>
        <source>Accepted answers, one per line</source>
        <translation>可接受的答案，每行一个</translation>
    </message>
    <message>
        <source>Change accepted answers</source>
        <translation>修改可接受的答案</translation>
    </message>
    <message>
        <source>Capital letters matter</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Change case</source>
        <translation>修改大小写设置</translation>
    </message>
    <message>
        <source>Change tolerance</source>
        <translation>修改误差范围</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <source>unit, such as yuan or kg</source>
        <translation>单位，例如 元 或 公斤</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Change scale</source>
        <translation>修改量表</translation>
    </message>
    <message>
        <source>Change scale label</source>
        <translation>修改量表说明</translation>
    </message>
    <message>
        <source>lowest means…</source>
        <translation>最低分表示……</translation>
    </message>
    <message>
        <source>highest means…</source>
        <translation>最高分表示……</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation>允许多行</translation>
    </message>
    <message>
        <source>Change answer size</source>
        <translation>修改作答长度</translation>
    </message>
    <message>
        <source>Change length limit</source>
        <translation>修改字数上限</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Longest answer:</source>
        <translation>最多字数:</translation>
    </message>
    <message>
        <source>Change sentence</source>
        <translation>修改句子</translation>
    </message>
    <message>
        <source>Make selected words a blank</source>
        <translation>把选中的词变成空格</translation>
    </message>
    <message>
        <source>Write the sentence and put each answer in [[double brackets]]; separate other accepted answers with |.</source>
        <translation>写出句子，把每个答案放进 [[双中括号]]；其他可接受的答案用 | 分隔。</translation>
    </message>
    <message>
        <source>blank %1: %2</source>
        <translation>第 %1 空：%2</translation>
    </message>
    <message>
        <source>No blank yet.</source>
        <translation>还没有空格。</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Add question</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>删除题目</translation>
    </message>
    <message>
        <source>Reorder questions</source>
        <translation>调整题目顺序</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Results: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save report as PNG…</source>
        <translation>将报告另存为 PNG…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Classroom running: %1 phones in the last 2 minutes, %2 results this session</source>
        <translation>课堂进行中：最近 2 分钟 %1 部手机，本场 %2 份结果</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>全部场次</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 份结果</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>测验：%1</translation>
    </message>
    <message>
        <source>%1 results · passed: %2</source>
        <translation>%1 份结果 · 通过：%2</translation>
    </message>
    <message>
        <source>Scores (%)</source>
        <translation>得分（%）</translation>
    </message>
    <message>
        <source>Right answers per question</source>
        <translation>每道题的答对率</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>问卷：%1</translation>
    </message>
    <message>
        <source>Mean: %1</source>
        <translation>平均：%1</translation>
    </message>
    <message>
        <source>… and %1 more (see the CSV)</source>
        <translation>……还有 %1 条（见 CSV）</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>还没有回答</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>SlideExportDialog</name>
    <message>
        <source>Export a slide deck</source>
        <translation>导出演示文稿</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>整个课程</translation>
    </message>
    <message>
        <source>One module:</source>
        <translation>一个模块：</translation>
    </message>
    <message>
        <source>Chosen lessons, quizzes and surveys:</source>
        <translation>选定的课时、测验和问卷：</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>模块 %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>High contrast (bright rooms, weak projectors)</source>
        <translation>高对比度（明亮的教室、较暗的投影仪）</translation>
    </message>
    <message>
        <source>My own PowerPoint template</source>
        <translation>我自己的 PowerPoint 模板</translation>
    </message>
    <message>
        <source>a .pptx or .potx file</source>
        <translation>.pptx 或 .potx 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Longest edge of pictures; projectors show 1920 at most.</source>
        <translation>图片最长边的像素数；投影仪最多显示 1920。</translation>
    </message>
    <message>
        <source>Picture size:</source>
        <translation>图片大小：</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>the course&apos;s authors</source>
        <translation>课程作者</translation>
    </message>
    <message>
        <source>Lecturer:</source>
        <translation>讲师：</translation>
    </message>
    <message>
        <source>Put audio and video files into the deck (makes it larger)</source>
        <translation>把音频和视频文件放进演示文稿（文件会变大）</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Choose a PowerPoint template</source>
        <translation>选择 PowerPoint 模板</translation>
    </message>
    <message>
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation>PowerPoint 模板 (*.pptx *.potx)</translation>
    </message>
    <message>
        <source>Tick at least one lesson, quiz or survey.</source>
        <translation>请至少勾选一个课时、测验或问卷。</translation>
    </message>
    <message>
        <source>Choose your template file (.pptx or .potx).</source>
        <translation>请选择你的模板文件（.pptx 或 .potx）。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Second language under it:</source>
        <translation>下方第二种语言：</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>CourseBuilder</source>
        <translation>CourseBuilder</translation>
    </message>
    <message>
        <source>Build a training course with lessons, pictures, exercises and quizzes, then save it to share by USB stick.</source>
        <translation>用课时、图片、练习和测验制作培训课程，保存后可用U盘分享。</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新课程</translation>
    </message>
    <message>
        <source>Open a course…</source>
        <translation>打开课程…</translation>
    </message>
    <message>
        <source>Start from a sample course</source>
        <translation>从示例课程开始</translation>
    </message>
    <message>
        <source>Recent courses</source>
        <translation>最近的课程</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>双击打开。</translation>
    </message>
    <message>
        <source>Reading sample courses</source>
        <translation>正在读取示例课程</translation>
    </message>
    <message>
        <source>(no sample courses installed)</source>
        <translation>（没有安装示例课程）</translation>
    </message>
</context>
<context>
    <name>TextBlockEditor</name>
    <message>
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <source>Write here. **bold**, *italic*, - lists, # headings</source>
        <translation>在这里写。**粗体**、*斜体*、- 列表、# 标题</translation>
    </message>
    <message>
        <source>Text (Markdown) and how trainees will see it:</source>
        <translation>文字（Markdown）以及学员看到的效果：</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>Making thumbnails</source>
        <extracomment>Long edge of thumbnails; the same as coursebuilder.media.thumbnails, without importing Pillow at start-up.</extracomment>
        <translation>正在生成缩略图</translation>
    </message>
</context>
<context>
    <name>TranslateActions</name>
    <message>
        <source>Translation</source>
        <extracomment>The language being translated into (&quot;&quot; for none).</extracomment>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Translating into:</source>
        <translation>翻译成：</translation>
    </message>
    <message>
        <source>Show each text in the default language beside its translation into this language</source>
        <translation>每段文字的默认语言原文旁边显示它译成这种语言的译文</translation>
    </message>
    <message>
        <source>Languages…</source>
        <translation>语言…</translation>
    </message>
    <message>
        <source>&amp;Languages…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation>翻译(&amp;T)</translation>
    </message>
    <message>
        <source>no other language</source>
        <translation>不翻译</translation>
    </message>
    <message>
        <source>%1: %2 texts not translated yet, %3 stale (their source changed)</source>
        <translation>%1：%2 处文字还没有翻译，%3 处已过时（原文改过）</translation>
    </message>
    <message>
        <source>%1: every text is translated</source>
        <translation>%1：所有文字都已翻译</translation>
    </message>
    <message>
        <source>Change course languages</source>
        <translation>修改课程语言</translation>
    </message>
</context>
<context>
    <name>TranslationFiles</name>
    <message>
        <source>&amp;Export for translator…</source>
        <extracomment>The report of the last import (for tests and screenshots).</extracomment>
        <translation>导出给译者(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import translations…</source>
        <translation>导入译文(&amp;I)…</translation>
    </message>
    <message>
        <source>Export for translator</source>
        <translation>导出给译者</translation>
    </message>
    <message>
        <source>The course has only its default language. Add a language under Course › Languages… first.</source>
        <translation>课程只有默认语言。请先在 课程 › 语言… 里添加一种语言。</translation>
    </message>
    <message>
        <source>Exporting %1 for a translator</source>
        <translation>正在为译者导出 %1</translation>
    </message>
    <message>
        <source>Saved %1 for the translator</source>
        <translation>已为译者保存 %1</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>导入译文</translation>
    </message>
    <message>
        <source>Translations (*.xlsx *.xlf *.xliff *.csv);;All files (*)</source>
        <translation>译文 (*.xlsx *.xlf *.xliff *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>%1 was not imported; the course is unchanged.
%2</source>
        <translation>%1 没有导入，课程没有改变。
%2</translation>
    </message>
    <message>
        <source>Import translations into %1</source>
        <translation>导入 %1 译文</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <source>Choose a language under “Translating into” to translate the texts shown here.</source>
        <extracomment>The programme&apos;s languages by their own names (Qt would say &quot;American English&quot; for en). key -&gt; (source label, translation field, state label, &quot;keep&quot; button), in course order.</extracomment>
        <translation>在“翻译成”里选一种语言，就可以翻译这里显示的文字。</translation>
    </message>
    <message>
        <source>Left: %1, as the course says it now. Right: %2, yours to write.</source>
        <translation>左边：%1，课程现在的原文。右边：%2，由你来写。</translation>
    </message>
    <message>
        <source>Nothing to translate here.</source>
        <translation>这里没有要翻译的文字。</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>The translation is still right: mark it up to date with the text on the left</source>
        <translation>译文仍然正确：标记为与左边的原文一致</translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>Below this width the source goes above its translation rather than beside it.</extracomment>
        <translation>第 %1 块</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>选项 %1</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>第 %1 对</translation>
    </message>
    <message>
        <source>file shown in this language</source>
        <translation>这种语言显示的文件</translation>
    </message>
    <message>
        <source>the same file as in the default language</source>
        <translation>与默认语言相同的文件</translation>
    </message>
    <message>
        <source>Not translated yet: trainees see the default language here.</source>
        <translation>还没有翻译：学员在这里看到的是默认语言。</translation>
    </message>
    <message>
        <source>Stale: the text on the left changed after this was translated. Check it, then edit or confirm it.</source>
        <translation>已过时：翻译之后左边的原文改过了。请核对，然后修改或确认。</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>翻译成 %1</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Choose…</source>
        <extracomment>Built-in slide themes (as the exporter names them); &quot;template&quot; means the lecturer&apos;s own file. Offline package forms (as the exporter names them) and the file suffix each is written with.</extracomment>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出文件的保存位置。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>创建文件夹？</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet. Create it and export there?</source>
        <translation>文件夹 %1 还不存在。要创建它并导出到那里吗？</translation>
    </message>
    <message>
        <source>Create the folder</source>
        <translation>创建文件夹</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>选择其他位置</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Replace the export?</source>
        <translation>替换已有的导出文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>blocks</name>
    <message>
        <source>This kind of block cannot be edited here yet.</source>
        <translation>这种内容块暂时不能在这里编辑。</translation>
    </message>
</context>
<context>
    <name>browser_preview</name>
    <message>
        <source>Preparing the browser preview</source>
        <extracomment>Width and height of the frame, in CSS pixels: a common phone held upright.</extracomment>
        <translation>正在准备浏览器预览</translation>
    </message>
    <message>
        <source>Opening the player</source>
        <translation>正在打开播放器</translation>
    </message>
    <message>
        <source>No program found</source>
        <translation>找不到程序</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. It is here: %1</source>
        <translation>这台电脑上没有能打开这类文件的程序。文件在这里：%1</translation>
    </message>
    <message>
        <source>Preview in &amp;browser</source>
        <translation>在浏览器中预览(&amp;B)</translation>
    </message>
    <message>
        <source>Open this page in the web browser at phone width, where its questions can be tried</source>
        <translation>在浏览器中按手机宽度打开此页，可以试做其中的题目</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Play in the computer&apos;s own player</source>
        <translation>用电脑自带的播放器播放</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation>无法播放</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>Slide deck for the projector (.pptx)…</source>
        <extracomment>The kinds of export, in menu order: a slide deck, or an offline package in the form the dialog asks. The options dialog shown last (for tests and screenshots). The export the last accepted dialog started.</extracomment>
        <translation>投影用幻灯片 (.pptx)…</translation>
    </message>
    <message>
        <source>Offline package for phones…</source>
        <translation>手机用离线课程包…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>已导出 %1（%2）</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>find_replace</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>speaker notes</source>
        <translation>讲课备注</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <source>question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>feedback when right</source>
        <translation>答对时的反馈</translation>
    </message>
    <message>
        <source>feedback when wrong</source>
        <translation>答错时的反馈</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>图注</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>文字稿</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>items</source>
        <translation>排序项</translation>
    </message>
    <message>
        <source>accepted answers</source>
        <translation>可接受的答案</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>scale label</source>
        <translation>量表标签</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>The interface will be in the language you chose the next time CourseBuilder starts. Close CourseBuilder and open it again to see it now; your work is kept.</source>
        <translation>下次启动 CourseBuilder 时，界面将使用您选择的语言。若要现在看到，请关闭 CourseBuilder 再重新打开；您的工作会保留。</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%2 上的 %1，自 %3 起</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>Course cover</source>
        <translation>课程封面</translation>
    </message>
    <message>
        <source>block</source>
        <translation>内容块</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Untitled course</source>
        <extracomment>Recovery folders written by windows of this process that are still open.</extracomment>
        <translation>未命名课程</translation>
    </message>
    <message>
        <source>“%1”, last changed %2</source>
        <translation>“%1”，最后修改于 %2</translation>
    </message>
</context>
<context>
    <name>venue</name>
    <message>
        <source>%1 cannot be found; add the file again</source>
        <extracomment>A county-town venue: no reliable internet, packages passed on by messaging apps and USB sticks.</extracomment>
        <translation>找不到 %1；请重新添加该文件</translation>
    </message>
    <message>
        <source>%1 is %2 MB, too large for trainees&apos; phones on a slow link (keep %3 files under %4 MB)</source>
        <translation>%1 有 %2 MB，对网速慢的学员手机来说太大（%3 文件请保持在 %4 MB 以内）</translation>
    </message>
    <message>
        <source>the media add up to %1 MB; over %2 MB is slow to share by phone or message</source>
        <translation>媒体文件共 %1 MB；超过 %2 MB 用手机或聊天软件分享会很慢</translation>
    </message>
</context>
</TS>
