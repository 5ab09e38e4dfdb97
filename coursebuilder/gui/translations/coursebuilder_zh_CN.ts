<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssessmentEditor</name>
    <message>
        <location filename="../editors/assessment_editor.py" line="21" />
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="21" />
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="25" />
        <source>Change title</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="26" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="27" />
        <source>Change description</source>
        <translation>修改简介</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="28" />
        <source>&amp;Description:</source>
        <translation>简介(&amp;D):</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="33" />
        <source>Change pass mark</source>
        <translation>修改及格线</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="34" />
        <source>&amp;Pass mark:</source>
        <translation>及格线(&amp;P):</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="37" />
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="38" />
        <source>Change attempts</source>
        <translation>修改作答次数</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="39" />
        <source>&amp;Attempts:</source>
        <translation>作答次数(&amp;A):</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="40" />
        <source>Shuffle the questions for each trainee</source>
        <translation>为每位学员打乱题目顺序</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="40" />
        <source>Change shuffle</source>
        <translation>修改打乱顺序</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="43" />
        <source>Answers are anonymous</source>
        <translation>匿名作答</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="43" />
        <source>Change anonymity</source>
        <translation>修改匿名设置</translation>
    </message>
    <message>
        <location filename="../editors/assessment_editor.py" line="45" />
        <source>Survey questions have no right or wrong answers; the answers are counted.</source>
        <translation>问卷题目没有对错，只统计回答。</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <location filename="../editors/course_editor.py" line="40" />
        <source>Course properties</source>
        <translation>课程信息</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="44" />
        <source>Change course title</source>
        <translation>修改课程标题</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="45" />
        <source>What trainees will see as the course name</source>
        <translation>学员看到的课程名称</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="46" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="47" />
        <source>Change subtitle</source>
        <translation>修改副标题</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="48" />
        <source>&amp;Subtitle:</source>
        <translation>副标题(&amp;S):</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="51" />
        <source>Change language</source>
        <translation>修改语言</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="52" />
        <source>Language tag of the main language, such as en or zh-Hans</source>
        <translation>主要语言的语言代码，例如 en 或 zh-Hans</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="53" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="56" />
        <source>Change licence</source>
        <translation>修改许可协议</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="57" />
        <source>L&amp;icence:</source>
        <translation>许可协议(&amp;I):</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="58" />
        <source>Change version</source>
        <translation>修改版本</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="59" />
        <source>&amp;Version:</source>
        <translation>版本(&amp;V):</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="60" />
        <source>Change description</source>
        <translation>修改简介</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="61" />
        <source>&amp;Description:</source>
        <translation>简介(&amp;D):</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="68" />
        <source>Add picture…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="73" />
        <source>Cover:</source>
        <translation>封面:</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="75" />
        <location filename="../editors/course_editor.py" line="134" />
        <source>Change cover</source>
        <translation>修改封面</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="80" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="80" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="80" />
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="85" />
        <location filename="../editors/course_editor.py" line="153" />
        <source>Add author</source>
        <translation>添加作者</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="87" />
        <location filename="../editors/course_editor.py" line="160" />
        <source>Remove author</source>
        <translation>删除作者</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="95" />
        <source>Authors:</source>
        <translation>作者:</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="111" />
        <source>(no cover)</source>
        <translation>（无封面）</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="149" />
        <source>Change authors</source>
        <translation>修改作者</translation>
    </message>
    <message>
        <location filename="../editors/course_editor.py" line="152" />
        <source>New author</source>
        <translation>新作者</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../document.py" line="107" />
        <source>Adding media</source>
        <extracomment>Write the recovery copy this long after the first unsaved change. A sample course opened as a template: saving must ask where, never overwrite the sample.</extracomment>
        <translation>正在添加媒体</translation>
    </message>
    <message>
        <location filename="../document.py" line="132" />
        <source>Add media</source>
        <translation>添加媒体</translation>
    </message>
    <message numerus="yes">
        <location filename="../document.py" line="132" />
        <source>Add %n media file(s)</source>
        <translation>
            <numerusform>添加 %n 个媒体文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../document.py" line="149" />
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location filename="../document.py" line="205" />
        <source>Writing a recovery copy</source>
        <translation>正在写入恢复副本</translation>
    </message>
</context>
<context>
    <name>ExerciseBlockEditor</name>
    <message>
        <location filename="../editors/blocks.py" line="194" />
        <source>Change exercise title</source>
        <translation>修改练习标题</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="195" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="196" />
        <source>Change instructions</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="197" />
        <source>&amp;Instructions:</source>
        <translation>说明(&amp;I):</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../importing.py" line="62" />
        <source>PowerPoint deck…</source>
        <extracomment>The kinds of import, in menu order. The dialog listing what the last import could not carry over (for tests and screenshots). The status-bar line saying what the finished import added.</extracomment>
        <translation>PowerPoint 演示文稿…</translation>
    </message>
    <message>
        <location filename="../importing.py" line="63" />
        <source>Markdown folder…</source>
        <translation>Markdown 文件夹…</translation>
    </message>
    <message>
        <location filename="../importing.py" line="64" />
        <source>GIFT question bank…</source>
        <translation>GIFT 题库…</translation>
    </message>
    <message>
        <location filename="../importing.py" line="65" />
        <source>Photos from a folder…</source>
        <translation>文件夹中的照片…</translation>
    </message>
    <message>
        <location filename="../importing.py" line="89" />
        <source>Choose a lesson first</source>
        <translation>请先选择课时</translation>
    </message>
    <message>
        <location filename="../importing.py" line="90" />
        <source>Select the lesson the photos should go into in the outline, then import them.</source>
        <translation>请先在大纲中选中要放入照片的课时，然后再导入。</translation>
    </message>
    <message>
        <location filename="../importing.py" line="93" />
        <source>Import a PowerPoint deck</source>
        <translation>导入 PowerPoint 演示文稿</translation>
    </message>
    <message>
        <location filename="../importing.py" line="93" />
        <source>PowerPoint decks (*.pptx);;All files (*)</source>
        <translation>PowerPoint 演示文稿 (*.pptx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../importing.py" line="95" />
        <source>Import a GIFT question bank</source>
        <translation>导入 GIFT 题库</translation>
    </message>
    <message>
        <location filename="../importing.py" line="95" />
        <source>GIFT question banks (*.gift *.txt);;All files (*)</source>
        <translation>GIFT 题库 (*.gift *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../importing.py" line="97" />
        <source>Import a folder of Markdown notes</source>
        <translation>导入 Markdown 笔记文件夹</translation>
    </message>
    <message>
        <location filename="../importing.py" line="99" />
        <source>Import photos from a folder</source>
        <translation>从文件夹导入照片</translation>
    </message>
    <message>
        <location filename="../importing.py" line="170" />
        <location filename="../importing.py" line="171" />
        <location filename="../importing.py" line="172" />
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../importing.py" line="173" />
        <source>Importing photos from %1</source>
        <translation>正在从 %1 导入照片</translation>
    </message>
    <message>
        <location filename="../importing.py" line="187" />
        <source>Import deck “%1”</source>
        <translation>导入演示文稿“%1”</translation>
    </message>
    <message>
        <location filename="../importing.py" line="188" />
        <source>Import Markdown folder “%1”</source>
        <translation>导入 Markdown 文件夹“%1”</translation>
    </message>
    <message>
        <location filename="../importing.py" line="189" />
        <source>Import questions “%1”</source>
        <translation>导入题目“%1”</translation>
    </message>
    <message>
        <location filename="../importing.py" line="190" />
        <source>Import photos from “%1”</source>
        <translation>从“%1”导入照片</translation>
    </message>
    <message>
        <location filename="../importing.py" line="218" />
        <source>Could not import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../importing.py" line="219" />
        <source>%1 was not imported; the course is unchanged.
%2</source>
        <translation>%1 未导入，课程没有改变。
%2</translation>
    </message>
    <message>
        <location filename="../importing.py" line="224" />
        <source>Imported from %1: %2</source>
        <translation>已从 %1 导入：%2</translation>
    </message>
    <message>
        <location filename="../importing.py" line="239" />
        <source>1 module</source>
        <translation>1 个模块</translation>
    </message>
    <message>
        <location filename="../importing.py" line="239" />
        <source>%1 modules</source>
        <translation>%1 个模块</translation>
    </message>
    <message>
        <location filename="../importing.py" line="240" />
        <source>1 lesson</source>
        <translation>1 个课时</translation>
    </message>
    <message>
        <location filename="../importing.py" line="240" />
        <source>%1 lessons</source>
        <translation>%1 个课时</translation>
    </message>
    <message>
        <location filename="../importing.py" line="241" />
        <source>1 quiz</source>
        <translation>1 个测验</translation>
    </message>
    <message>
        <location filename="../importing.py" line="241" />
        <source>%1 quizzes</source>
        <translation>%1 个测验</translation>
    </message>
    <message>
        <location filename="../importing.py" line="242" />
        <source>1 question</source>
        <translation>1 道题</translation>
    </message>
    <message>
        <location filename="../importing.py" line="242" />
        <source>%1 questions</source>
        <translation>%1 道题</translation>
    </message>
    <message>
        <location filename="../importing.py" line="243" />
        <source>1 picture</source>
        <translation>1 张图片</translation>
    </message>
    <message>
        <location filename="../importing.py" line="243" />
        <source>%1 pictures</source>
        <translation>%1 张图片</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation type="vanished">
            <numerusform>%n 个模块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation type="vanished">
            <numerusform>%n 个课时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quiz(zes)</source>
        <translation type="vanished">
            <numerusform>%n 个测验</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="vanished">
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation type="vanished">
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing.py" line="247" />
        <source>nothing new</source>
        <translation>没有新内容</translation>
    </message>
</context>
<context>
    <name>ImportNotesDialog</name>
    <message>
        <location filename="../importing.py" line="255" />
        <source>Imported “%1”</source>
        <translation>已导入“%1”</translation>
    </message>
    <message>
        <location filename="../importing.py" line="258" />
        <source>Added: %1.</source>
        <translation>已添加：%1。</translation>
    </message>
    <message>
        <location filename="../importing.py" line="261" />
        <source>These parts could not be carried over exactly. Check them in the course:</source>
        <translation>以下内容无法原样导入，请在课程中检查：</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../editors/lesson_editor.py" line="111" />
        <source>Lesson</source>
        <extracomment>What a list view puts in the drag data when one of its own rows is dragged.</extracomment>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="113" />
        <source>Preview as trainee</source>
        <translation>以学员视角预览</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="119" />
        <source>Change lesson title</source>
        <translation>修改课时标题</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="120" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="125" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="130" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="131" />
        <source>Change minutes</source>
        <translation>修改时长</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="132" />
        <source>&amp;Estimated time:</source>
        <translation>预计时长(&amp;E):</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="133" />
        <source>One objective per line: after this lesson trainees can…</source>
        <translation>每行一个目标：学完本课时，学员能够……</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="133" />
        <source>Change objectives</source>
        <translation>修改学习目标</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="134" />
        <source>&amp;Objectives:</source>
        <translation>学习目标(&amp;O):</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="135" />
        <source>Speaker notes: what to say and do in class (not shown to trainees)</source>
        <translation>讲稿备注：课堂上要讲什么、做什么（学员看不到）</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="135" />
        <source>Change speaker notes</source>
        <translation>修改讲稿备注</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="136" />
        <source>Speaker &amp;notes:</source>
        <translation>讲稿备注(&amp;N):</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="137" />
        <source>Objectives and notes</source>
        <translation>目标与备注</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="160" />
        <location filename="../editors/lesson_editor.py" line="206" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="161" />
        <location filename="../editors/lesson_editor.py" line="207" />
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="162" />
        <location filename="../editors/lesson_editor.py" line="208" />
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="163" />
        <location filename="../editors/lesson_editor.py" line="209" />
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="164" />
        <location filename="../editors/lesson_editor.py" line="210" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="165" />
        <location filename="../editors/lesson_editor.py" line="211" />
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="168" />
        <source>Add a block of this kind after the selected one</source>
        <translation>在选中内容块之后添加此类内容块</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="175" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="176" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="177" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message numerus="yes">
        <location filename="../editors/lesson_editor.py" line="220" />
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="282" />
        <source>Practice</source>
        <translation>练一练</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="283" />
        <location filename="../editors/lesson_editor.py" line="334" />
        <source>Add block</source>
        <translation>添加内容块</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="290" />
        <source>Remove block</source>
        <translation>删除内容块</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="302" />
        <source>Move block</source>
        <translation>移动内容块</translation>
    </message>
    <message>
        <location filename="../editors/lesson_editor.py" line="316" />
        <source>Add dropped files</source>
        <translation>添加拖入的文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../editors/lesson_editor.py" line="316" />
        <source>Add %n dropped file(s)</source>
        <translation>
            <numerusform>添加拖入的 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="102" />
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103" />
        <source>Media library</source>
        <translation>媒体库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="163" />
        <source>&amp;New course</source>
        <translation>新建课程(&amp;N)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165" />
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="166" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="169" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170" />
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171" />
        <source>Add &amp;media files…</source>
        <translation>添加媒体文件(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="180" />
        <source>&amp;Close course</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="181" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="186" />
        <location filename="../main_window.py" line="255" />
        <location filename="../main_window.py" line="264" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="187" />
        <location filename="../main_window.py" line="257" />
        <location filename="../main_window.py" line="265" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197" />
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198" />
        <source>&amp;Preview as trainee</source>
        <translation>以学员视角预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204" />
        <source>Interface &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="207" />
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="213" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="214" />
        <source>&amp;About CourseBuilder</source>
        <translation>关于 CourseBuilder(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="221" />
        <source>The new language shows after CourseBuilder is restarted.</source>
        <translation>重新启动 CourseBuilder 后显示新的语言。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228" />
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231" />
        <source>About CourseBuilder</source>
        <translation>关于 CourseBuilder</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231" />
        <source>CourseBuilder builds portable training courses for phones, projectors and USB sticks.</source>
        <translation>CourseBuilder 用来制作可随身携带的培训课程，可在手机、投影仪和U盘上使用。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282" />
        <source>CourseBuilder</source>
        <translation>CourseBuilder</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="288" />
        <location filename="../main_window.py" line="505" />
        <source>Untitled course</source>
        <translation>未命名课程</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="348" />
        <source>New course</source>
        <translation>新课程</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="348" />
        <source>Module 1</source>
        <translation>模块 1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="348" />
        <source>Lesson 1</source>
        <translation>课时 1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="353" />
        <source>Open a course</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="353" />
        <source>Course bundles (*%1);;All files (*)</source>
        <translation>课程包 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="359" />
        <source>Open a course folder</source>
        <translation>打开课程文件夹</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="373" />
        <source>Course already open</source>
        <translation>课程已经打开</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="374" />
        <source>“%1” is already open in another CourseBuilder window (%2). If both save, one loses the other's changes.

Open it here anyway?</source>
        <translation>“%1”已在另一个 CourseBuilder 窗口中打开（%2）。如果两边都保存，一方的修改会丢失。

仍要在这里打开吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="393" />
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="395" />
        <source>Cannot open the course</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="416" />
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的内容？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="417" />
        <source>CourseBuilder closed without saving %1. Restore it?</source>
        <translation>CourseBuilder 意外关闭，%1 尚未保存。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="425" />
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="451" />
        <source>Course open elsewhere</source>
        <translation>课程在别处打开</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="452" />
        <source>“%1” is also open in another CourseBuilder window (%2). Saving here replaces whatever is saved there.

Save a copy under a new name instead?</source>
        <translation>“%1”也在另一个 CourseBuilder 窗口中打开（%2）。在这里保存会覆盖那边保存的内容。

改为另存一份副本吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470" />
        <source>Save course as</source>
        <translation>课程另存为</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="470" />
        <source>Course bundles (*%1)</source>
        <translation>课程包 (*%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="482" />
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="504" />
        <source>Save changes?</source>
        <translation>保存修改？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="505" />
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1”有尚未保存的修改。先保存吗？</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="538" />
        <source>Add media files</source>
        <translation>添加媒体文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="538" />
        <source>Pictures, sound, video and documents (*.jpg *.jpeg *.png *.webp *.gif *.mp3 *.m4a *.ogg *.wav *.mp4 *.webm *.pdf);;All files (*)</source>
        <translation>图片、声音、视频和文档 (*.jpg *.jpeg *.png *.webp *.gif *.mp3 *.m4a *.ogg *.wav *.mp4 *.webm *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="575" />
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="577" />
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="590" />
        <source>%1 errors, %2 warnings</source>
        <translation>%1 个错误，%2 个提醒</translation>
    </message>
</context>
<context>
    <name>MediaBlockEditor</name>
    <message>
        <location filename="../editors/blocks.py" line="91" />
        <location filename="../editors/blocks.py" line="171" />
        <source>Choose file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="92" />
        <source>Add from disk…</source>
        <translation>从电脑添加…</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="96" />
        <source>File:</source>
        <translation>文件:</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="97" />
        <source>Drop a file here</source>
        <translation>把文件拖到这里</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="103" />
        <source>Change alt text</source>
        <translation>修改替代文字</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="104" />
        <source>Describe the picture for trainees who cannot see it</source>
        <translation>为看不见图片的学员描述图片内容</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="105" />
        <source>&amp;Alt text:</source>
        <translation>替代文字(&amp;A):</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="107" />
        <source>Change title</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="108" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="110" />
        <source>Change transcript</source>
        <translation>修改文字稿</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="111" />
        <source>T&amp;ranscript:</source>
        <translation>文字稿(&amp;R):</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="113" />
        <source>Change description</source>
        <translation>修改简介</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="114" />
        <source>&amp;Description:</source>
        <translation>简介(&amp;D):</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="115" />
        <source>Change caption</source>
        <translation>修改说明文字</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="116" />
        <source>&amp;Caption:</source>
        <translation>说明文字(&amp;C):</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="117" />
        <source>Change credit</source>
        <translation>修改来源</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="118" />
        <source>Who made it, and the licence</source>
        <translation>作者及许可协议</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="119" />
        <source>C&amp;redit:</source>
        <translation>来源(&amp;R):</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="132" />
        <source>(choose a file)</source>
        <translation>（选择文件）</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="150" />
        <source>Drop a file here, or choose one above</source>
        <translation>把文件拖到这里，或在上方选择</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <location filename="../media_library/panel.py" line="79" />
        <source>Add files…</source>
        <extracomment>Drag data naming one media path of the open course (dropped on a lesson's block list).</extracomment>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../media_library/panel.py" line="81" />
        <source>Remove unused</source>
        <translation>删除未使用的</translation>
    </message>
    <message>
        <location filename="../media_library/panel.py" line="144" />
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../media_library/panel.py" line="146" />
        <source>used once</source>
        <translation>使用 1 次</translation>
    </message>
    <message>
        <location filename="../media_library/panel.py" line="148" />
        <source>used %1 times</source>
        <translation>使用 %1 次</translation>
    </message>
    <message>
        <location filename="../media_library/panel.py" line="155" />
        <source>Used in:</source>
        <translation>用于：</translation>
    </message>
    <message>
        <location filename="../media_library/panel.py" line="155" />
        <source>Not used anywhere</source>
        <translation>没有被使用</translation>
    </message>
    <message>
        <location filename="../media_library/panel.py" line="163" />
        <source>%1 files, %2; %3 unused</source>
        <translation>%1 个文件，%2；%3 个未使用</translation>
    </message>
    <message>
        <location filename="../media_library/panel.py" line="190" />
        <source>Remove unused media</source>
        <translation>删除未使用的媒体</translation>
    </message>
    <message numerus="yes">
        <location filename="../media_library/panel.py" line="190" />
        <source>Remove %n unused file(s)</source>
        <translation>
            <numerusform>删除 %n 个未使用的文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <location filename="../editors/module_editor.py" line="19" />
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../editors/module_editor.py" line="23" />
        <source>Change module title</source>
        <translation>修改模块标题</translation>
    </message>
    <message>
        <location filename="../editors/module_editor.py" line="24" />
        <source>&amp;Title:</source>
        <translation>标题(&amp;T):</translation>
    </message>
    <message>
        <location filename="../editors/module_editor.py" line="25" />
        <source>Change description</source>
        <translation>修改简介</translation>
    </message>
    <message>
        <location filename="../editors/module_editor.py" line="26" />
        <source>&amp;Description:</source>
        <translation>简介(&amp;D):</translation>
    </message>
    <message>
        <location filename="../editors/module_editor.py" line="27" />
        <source>Add lessons, quizzes and surveys with the outline's right-click menu.</source>
        <translation>在大纲中点右键，可添加课时、测验和问卷。</translation>
    </message>
</context>
<context>
    <name>ObjectTable</name>
    <message>
        <location filename="../editors/object_table.py" line="46" />
        <source>Add</source>
        <extracomment>A column: model attribute, header text, and "text" or "check". Only one row may be ticked (single choice): ticking one unticks the rest.</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../editors/object_table.py" line="47" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../editors/object_table.py" line="48" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../editors/object_table.py" line="49" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../editors/object_table.py" line="103" />
        <location filename="../editors/object_table.py" line="105" />
        <source>Mark correct</source>
        <translation>标为正确</translation>
    </message>
    <message>
        <location filename="../editors/object_table.py" line="105" />
        <source>Unmark correct</source>
        <translation>取消正确标记</translation>
    </message>
    <message>
        <location filename="../editors/object_table.py" line="107" />
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../editors/object_table.py" line="120" />
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../editors/object_table.py" line="130" />
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <location filename="../editors/object_table.py" line="136" />
        <source>Reorder</source>
        <translation>调整顺序</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../outline/view.py" line="102" />
        <source>(untitled %1)</source>
        <translation>（未命名%1）</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="106" />
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="107" />
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="108" />
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="109" />
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="110" />
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="176" />
        <location filename="../outline/view.py" line="325" />
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="189" />
        <source>New module</source>
        <translation>新模块</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="190" />
        <location filename="../outline/view.py" line="321" />
        <source>Add module</source>
        <translation>添加模块</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="202" />
        <source>New lesson</source>
        <translation>新课时</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="202" />
        <source>New quiz</source>
        <translation>新测验</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="202" />
        <source>New survey</source>
        <translation>新问卷</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="204" />
        <location filename="../outline/view.py" line="322" />
        <source>Add lesson</source>
        <translation>添加课时</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="204" />
        <location filename="../outline/view.py" line="323" />
        <source>Add quiz</source>
        <translation>添加测验</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="204" />
        <location filename="../outline/view.py" line="324" />
        <source>Add survey</source>
        <translation>添加问卷</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="222" />
        <location filename="../outline/view.py" line="326" />
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="229" />
        <location filename="../outline/view.py" line="327" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="242" />
        <location filename="../outline/view.py" line="248" />
        <location filename="../outline/view.py" line="290" />
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="328" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../outline/view.py" line="329" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="298" />
        <source>Export an offline package</source>
        <translation>导出离线课程包</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="303" />
        <source>A folder of web pages (copy to a USB stick)</source>
        <translation>网页文件夹（复制到 U 盘）</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="304" />
        <source>A .zip of that folder (to send or download)</source>
        <translation>该文件夹的 .zip 压缩包（用于发送或下载）</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="305" />
        <source>One web page file (.html) for messaging apps</source>
        <translation>单个网页文件（.html），适合通过聊天软件发送</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="306" />
        <source>SCORM 1.2 package (.zip) for a learning platform</source>
        <translation>SCORM 1.2 课程包（.zip），用于学习平台</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="307" />
        <source>Form:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="312" />
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="313" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="316" />
        <source>The largest package trainees can download or copy; the export names what to shrink when it is over.</source>
        <translation>学员能下载或复制的最大课程包；超出时，导出会指出应缩小哪些内容。</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="317" />
        <source>Size budget:</source>
        <translation>大小上限：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="318" />
        <source>Only warn when the package is over the budget</source>
        <translation>超出上限时只提醒，不中止</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="329" />
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="331" />
        <source>Pictures for phones:</source>
        <translation>手机用图片：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="332" />
        <source>Pictures for laptops:</source>
        <translation>电脑用图片：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="334" />
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../preview_dialog.py" line="43" />
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../problems/panel.py" line="36" />
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../problems/panel.py" line="36" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../problems/panel.py" line="71" />
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../problems/panel.py" line="78" />
        <source>No problems found: the course is ready for class.</source>
        <translation>没有发现问题：课程可以上课使用了。</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../editors/questions.py" line="92" />
        <source>Kind:</source>
        <translation>题型:</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="93" />
        <source>Change question</source>
        <translation>修改题目</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="94" />
        <source>&amp;Question:</source>
        <translation>题目(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="94" />
        <source>&amp;Instructions:</source>
        <translation>说明(&amp;I):</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="99" />
        <source>Change points</source>
        <translation>修改分值</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="100" />
        <source>&amp;Points:</source>
        <translation>分值(&amp;P):</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="101" />
        <location filename="../editors/questions.py" line="103" />
        <source>Change feedback</source>
        <translation>修改反馈</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="102" />
        <source>When &amp;right:</source>
        <translation>答对时(&amp;R):</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="104" />
        <source>When &amp;wrong:</source>
        <translation>答错时(&amp;W):</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="105" />
        <source>Change hint</source>
        <translation>修改提示</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="106" />
        <source>Shown when a trainee asks for help</source>
        <translation>学员求助时显示</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="107" />
        <source>&amp;Hint:</source>
        <translation>提示(&amp;H):</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="111" />
        <source>Choices:</source>
        <translation>选项:</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="113" />
        <source>Pairs:</source>
        <translation>配对:</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="115" />
        <source>Items in the right order:</source>
        <translation>按正确顺序排列的项目:</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="117" />
        <source>Sentence:</source>
        <translation>句子:</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="118" />
        <source>Answer:</source>
        <translation>答案:</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="118" />
        <source>Settings:</source>
        <translation>设置:</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="123" />
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="125" />
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="125" />
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="129" />
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="129" />
        <source>Matches</source>
        <translation>对应</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="132" />
        <source>One item per line, in the correct order</source>
        <translation>每行一项，按正确顺序</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="132" />
        <source>Change items</source>
        <translation>修改项目</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="137" />
        <source>The statement is true</source>
        <translation>这句话是对的</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="137" />
        <location filename="../editors/questions.py" line="154" />
        <source>Change answer</source>
        <translation>修改答案</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="145" />
        <source>Accepted answers, one per line</source>
        <translation>可接受的答案，每行一个</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="145" />
        <source>Change accepted answers</source>
        <translation>修改可接受的答案</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="146" />
        <location filename="../editors/questions.py" line="197" />
        <source>Capital letters matter</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="146" />
        <location filename="../editors/questions.py" line="197" />
        <source>Change case</source>
        <translation>修改大小写设置</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="155" />
        <source>Change tolerance</source>
        <translation>修改误差范围</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="156" />
        <source>Change unit</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="157" />
        <source>unit, such as yuan or kg</source>
        <translation>单位，例如 元 或 公斤</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="159" />
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="167" />
        <location filename="../editors/questions.py" line="168" />
        <source>Change scale</source>
        <translation>修改量表</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="169" />
        <location filename="../editors/questions.py" line="170" />
        <source>Change scale label</source>
        <translation>修改量表说明</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="171" />
        <source>lowest means…</source>
        <translation>最低分表示……</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="172" />
        <source>highest means…</source>
        <translation>最高分表示……</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="173" />
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="180" />
        <source>Several lines</source>
        <translation>允许多行</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="180" />
        <source>Change answer size</source>
        <translation>修改作答长度</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="181" />
        <source>Change length limit</source>
        <translation>修改字数上限</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="182" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="184" />
        <source>Longest answer:</source>
        <translation>最多字数:</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="194" />
        <source>Change sentence</source>
        <translation>修改句子</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="195" />
        <source>Make selected words a blank</source>
        <translation>把选中的词变成空格</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="201" />
        <source>Write the sentence and put each answer in [[double brackets]]; separate other accepted answers with |.</source>
        <translation>写出句子，把每个答案放进 [[双中括号]]；其他可接受的答案用 | 分隔。</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="221" />
        <source>blank %1: %2</source>
        <translation>第 %1 空：%2</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="223" />
        <source>No blank yet.</source>
        <translation>还没有空格。</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <location filename="../editors/questions.py" line="238" />
        <location filename="../editors/questions.py" line="330" />
        <source>Add question</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="250" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="251" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="252" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="337" />
        <source>Remove question</source>
        <translation>删除题目</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="343" />
        <location filename="../editors/questions.py" line="352" />
        <source>Reorder questions</source>
        <translation>调整题目顺序</translation>
    </message>
</context>
<context>
    <name>SlideExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="152" />
        <source>Export a slide deck</source>
        <translation>导出演示文稿</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="156" />
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="158" />
        <source>The whole course</source>
        <translation>整个课程</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="159" />
        <source>One module:</source>
        <translation>一个模块：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="160" />
        <source>Chosen lessons, quizzes and surveys:</source>
        <translation>选定的课时、测验和问卷：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="166" />
        <location filename="../export_dialog.py" line="173" />
        <source>Module %1</source>
        <translation>模块 %1</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="197" />
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="198" />
        <source>High contrast (bright rooms, weak projectors)</source>
        <translation>高对比度（明亮的教室、较暗的投影仪）</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="199" />
        <source>My own PowerPoint template</source>
        <translation>我自己的 PowerPoint 模板</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="201" />
        <source>a .pptx or .potx file</source>
        <translation>.pptx 或 .potx 文件</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="202" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="205" />
        <source>Look:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="206" />
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="210" />
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="212" />
        <source>Longest edge of pictures; projectors show 1920 at most.</source>
        <translation>图片最长边的像素数；投影仪最多显示 1920。</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="213" />
        <source>Picture size:</source>
        <translation>图片大小：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="215" />
        <source>Venue:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="219" />
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="221" />
        <source>the course's authors</source>
        <translation>课程作者</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="222" />
        <source>Lecturer:</source>
        <translation>讲师：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="223" />
        <source>Put audio and video files into the deck (makes it larger)</source>
        <translation>把音频和视频文件放进演示文稿（文件会变大）</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="227" />
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="245" />
        <source>Choose a PowerPoint template</source>
        <translation>选择 PowerPoint 模板</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="246" />
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation>PowerPoint 模板 (*.pptx *.potx)</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="260" />
        <source>Tick at least one lesson, quiz or survey.</source>
        <translation>请至少勾选一个课时、测验或问卷。</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="262" />
        <source>Choose your template file (.pptx or .potx).</source>
        <translation>请选择你的模板文件（.pptx 或 .potx）。</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../start_screen.py" line="63" />
        <source>CourseBuilder</source>
        <translation>CourseBuilder</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="64" />
        <source>Build a training course with lessons, pictures, exercises and quizzes, then save it to share by USB stick.</source>
        <translation>用课时、图片、练习和测验制作培训课程，保存后可用U盘分享。</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="68" />
        <source>New course</source>
        <translation>新课程</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="70" />
        <source>Open a course…</source>
        <translation>打开课程…</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="84" />
        <source>Start from a sample course</source>
        <translation>从示例课程开始</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="84" />
        <source>Recent courses</source>
        <translation>最近的课程</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="92" />
        <source>Double-click to open.</source>
        <translation>双击打开。</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="104" />
        <source>Reading sample courses</source>
        <translation>正在读取示例课程</translation>
    </message>
    <message>
        <location filename="../start_screen.py" line="116" />
        <source>(no sample courses installed)</source>
        <translation>（没有安装示例课程）</translation>
    </message>
</context>
<context>
    <name>TextBlockEditor</name>
    <message>
        <location filename="../editors/blocks.py" line="50" />
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="53" />
        <source>Write here. **bold**, *italic*, - lists, # headings</source>
        <translation>在这里写。**粗体**、*斜体*、- 列表、# 标题</translation>
    </message>
    <message>
        <location filename="../editors/blocks.py" line="66" />
        <source>Text (Markdown) and how trainees will see it:</source>
        <translation>文字（Markdown）以及学员看到的效果：</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <location filename="../thumbs.py" line="127" />
        <source>Making thumbnails</source>
        <extracomment>Long edge of thumbnails; the same as coursebuilder.media.thumbnails, without importing Pillow at start-up.</extracomment>
        <translation>正在生成缩略图</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="83" />
        <source>Choose…</source>
        <extracomment>Built-in slide themes (as the exporter names them); "template" means the lecturer's own file. Offline package forms (as the exporter names them) and the file suffix each is written with.</extracomment>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="91" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="105" />
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="126" />
        <source>Choose where to save the export.</source>
        <translation>请选择导出文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="128" />
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="139" />
        <source>Replace the export?</source>
        <translation>替换已有的导出文件？</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="140" />
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>blocks</name>
    <message>
        <location filename="../editors/blocks.py" line="210" />
        <source>This kind of block cannot be edited here yet.</source>
        <translation>这种内容块暂时不能在这里编辑。</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../exports.py" line="14" />
        <source>Slide deck for the projector (.pptx)…</source>
        <translation>投影用幻灯片 (.pptx)…</translation>
    </message>
    <message>
        <source>Offline package for phones (.zip)…</source>
        <translation type="vanished">手机离线课程包 (.zip)…</translation>
    </message>
    <message>
        <source>Offline package as one web page (.html)…</source>
        <translation type="vanished">单个网页的离线课程包 (.html)…</translation>
    </message>
    <message>
        <location filename="../exports.py" line="16" />
        <source>Offline package for phones…</source>
        <translation>手机用离线课程包…</translation>
    </message>
    <message>
        <location filename="../exports.py" line="55" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../exports.py" line="77" />
        <source>%1 slides</source>
        <translation>%1 张幻灯片</translation>
    </message>
    <message>
        <location filename="../exports.py" line="89" />
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <location filename="../exports.py" line="94" />
        <source>Exported %1 (%2)</source>
        <translation>已导出 %1（%2）</translation>
    </message>
    <message>
        <location filename="../exports.py" line="96" />
        <source>Exported with warnings</source>
        <translation>导出完成，但有提醒</translation>
    </message>
    <message>
        <location filename="../exports.py" line="99" />
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <location filename="../lock.py" line="37" />
        <source>%1 on %2, since %3</source>
        <translation>%2 上的 %1，自 %3 起</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <location filename="../problems/places.py" line="30" />
        <source>Course cover</source>
        <translation>课程封面</translation>
    </message>
    <message>
        <location filename="../problems/places.py" line="36" />
        <source>block</source>
        <translation>内容块</translation>
    </message>
    <message>
        <location filename="../problems/places.py" line="38" />
        <source>Course</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../editors/questions.py" line="53" />
        <source>Single choice</source>
        <translation>单选题</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="54" />
        <source>Multiple choice</source>
        <translation>多选题</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="55" />
        <source>True or false</source>
        <translation>判断题</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="56" />
        <source>Fill in the blank</source>
        <translation>填空题</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="57" />
        <source>Matching pairs</source>
        <translation>连线题</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="58" />
        <source>Put in order</source>
        <translation>排序题</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="59" />
        <source>Short answer</source>
        <translation>简答题</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="60" />
        <source>Number</source>
        <translation>数字题</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="61" />
        <source>Rating scale</source>
        <translation>评分题</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="62" />
        <source>Open answer</source>
        <translation>开放题</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="69" />
        <source>New question</source>
        <translation>新题目</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="71" />
        <source>Choice 1</source>
        <translation>选项 1</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="71" />
        <source>Choice 2</source>
        <translation>选项 2</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="76" />
        <source>Fill in: the [[answer]] goes here.</source>
        <translation>填空：[[答案]]放在这里。</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="78" />
        <source>Not at all</source>
        <translation>完全没有</translation>
    </message>
    <message>
        <location filename="../editors/questions.py" line="78" />
        <source>Very much</source>
        <translation>非常</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../recovery.py" line="43" />
        <source>Untitled course</source>
        <extracomment>Recovery folders written by windows of this process that are still open.</extracomment>
        <translation>未命名课程</translation>
    </message>
    <message>
        <location filename="../recovery.py" line="45" />
        <source>“%1”, last changed %2</source>
        <translation>“%1”，最后修改于 %2</translation>
    </message>
</context>
<context>
    <name>venue</name>
    <message>
        <location filename="../problems/venue.py" line="38" />
        <source>%1 cannot be found; add the file again</source>
        <extracomment>A county-town venue: no reliable internet, packages passed on by messaging apps and USB sticks.</extracomment>
        <translation>找不到 %1；请重新添加该文件</translation>
    </message>
    <message>
        <location filename="../problems/venue.py" line="43" />
        <source>%1 is %2 MB, too large for trainees' phones on a slow link (keep %3 files under %4 MB)</source>
        <translation>%1 有 %2 MB，对网速慢的学员手机来说太大（%3 文件请保持在 %4 MB 以内）</translation>
    </message>
    <message>
        <location filename="../problems/venue.py" line="56" />
        <source>the media add up to %1 MB; over %2 MB is slow to share by phone or message</source>
        <translation>媒体文件共 %1 MB；超过 %2 MB 用手机或聊天软件分享会很慢</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <source>Cu&amp;t</source>
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
</TS>