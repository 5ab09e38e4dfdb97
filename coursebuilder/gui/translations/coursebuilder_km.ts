<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CourseBuilder</source>
        <translation>អំពី CourseBuilder</translation>
    </message>
    <message>
        <source>CourseBuilder builds portable training courses for phones, projectors and USB sticks.</source>
        <translation>CourseBuilder បង្កើត​វគ្គ​បណ្តុះបណ្តាល​ដែល​យក​ទៅ​ប្រើ​បាន​គ្រប់​ទីកន្លែង សម្រាប់​ទូរស័ព្ទ ម៉ាស៊ីន​បញ្ចាំង និង USB។</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>សមាសភាគ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>ឯកសារ​កំណត់ហេតុ៖ %1</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>ចម្លង​ព័ត៌មាន​វិនិច្ឆ័យ</translation>
    </message>
    <message>
        <source>Copies versions, system, screens, folders and the last 200 log lines, to paste into a bug report.</source>
        <translation>ចម្លង​កំណែ ប្រព័ន្ធ អេក្រង់ ថត និង​កំណត់ហេតុ ២០០ បន្ទាត់​ចុងក្រោយ ដើម្បី​បិទភ្ជាប់​ក្នុង​របាយការណ៍​កំហុស។</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>បានចម្លង</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Quiz</source>
        <translation>តេស្តខ្លី</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>ការស្ទង់មតិ</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>ប្ដូរចំណងជើង</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ចំណងជើង(&amp;T)៖</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>ប្ដូរការពិពណ៌នា</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ការពិពណ៌នា(&amp;D)៖</translation>
    </message>
    <message>
        <source>Change pass mark</source>
        <translation>ប្ដូរពិន្ទុជាប់</translation>
    </message>
    <message>
        <source>&amp;Pass mark:</source>
        <translation>ពិន្ទុជាប់(&amp;P)៖</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>គ្មានកំណត់</translation>
    </message>
    <message>
        <source>Change attempts</source>
        <translation>ប្ដូរ​ចំនួន​ដង​ធ្វើ</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>ចំនួន​ដង​ធ្វើ(&amp;A)៖</translation>
    </message>
    <message>
        <source>Shuffle the questions for each trainee</source>
        <translation>លាយ​លំដាប់​សំណួរ​សម្រាប់​សិក្ខាកាម​ម្នា​ក់ៗ</translation>
    </message>
    <message>
        <source>Change shuffle</source>
        <translation>ប្ដូរ​ការ​លាយ​លំដាប់</translation>
    </message>
    <message>
        <source>Answers are anonymous</source>
        <translation>ចម្លើយ​មិន​បញ្ចេញ​ឈ្មោះ</translation>
    </message>
    <message>
        <source>Change anonymity</source>
        <translation>ប្ដូរ​ការ​មិន​បញ្ចេញ​ឈ្មោះ</translation>
    </message>
    <message>
        <source>Survey questions have no right or wrong answers; the answers are counted.</source>
        <translation>សំណួរ​ស្ទង់មតិ​គ្មាន​ចម្លើយ​ត្រូវ​ឬ​ខុស​ទេ ចម្លើយ​ត្រូវ​បាន​រាប់។</translation>
    </message>
</context>
<context>
    <name>ClassroomActions</name>
    <message>
        <source>&amp;Start classroom…</source>
        <translation>ចាប់ផ្ដើម​ថ្នាក់រៀន(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>លទ្ធផល(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ClassroomController</name>
    <message>
        <source>Preparing the classroom</source>
        <extracomment>False once Stop was pressed: a phone copy finishing after that is thrown away, never served.</extracomment>
        <translation>កំពុង​រៀបចំ​ថ្នាក់រៀន</translation>
    </message>
</context>
<context>
    <name>ClassroomWindow</name>
    <message>
        <source>Classroom</source>
        <extracomment>After this long with no phone, the window explains what usually blocks them.</extracomment>
        <translation>ថ្នាក់រៀន</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>ស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>អាសយដ្ឋានបណ្ដាញ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ច្រក</translation>
    </message>
    <message>
        <source>PIN for results (optional)</source>
        <translation>លេខ PIN សម្រាប់​លទ្ធផល (មិន​ចាំបាច់)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <source>Session label</source>
        <translation>ឈ្មោះវគ្គ</translation>
    </message>
    <message>
        <source>Start classroom</source>
        <translation>ចាប់ផ្ដើម​ថ្នាក់រៀន</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>បញ្ឈប់</translation>
    </message>
    <message>
        <source>A laptop&apos;s own hotspot holds only about 8 phones (Windows&apos; mobile hotspot allows 8). For a full room use Wi-Fi access points, on 5 GHz where phones support it; phones must be on the same network as this computer.</source>
        <translation>ហត​ស្ប៉ត​របស់​កុំព្យូទ័រ​យួរដៃ​ផ្ទុក​បានតែ​ប្រហែល ៨ ទូរស័ព្ទ (ហត​ស្ប៉ត​ចល័ត​របស់ Windows អនុញ្ញាត ៨)។ សម្រាប់​បន្ទប់​ពេញ សូម​ប្រើ​ចំណុច​ចូល Wi-Fi នៅ​លើ 5 GHz បើ​ទូរស័ព្ទ​គាំទ្រ។ ទូរស័ព្ទ​ត្រូវ​នៅ​លើ​បណ្ដាញ​តែមួយ​ជាមួយ​កុំព្យូទ័រ​នេះ។</translation>
    </message>
    <message>
        <source>No phone has connected after a minute. Check that the phones are on the same Wi-Fi as this computer with mobile data off, that the firewall allows CourseBuilder (on Windows: a Private network, not Public), and that the Wi-Fi does not keep devices apart (guest or client isolation).</source>
        <translation>ក្រោយ​មួយ​នាទី នៅតែ​គ្មាន​ទូរស័ព្ទ​ណា​ភ្ជាប់។ សូម​ពិនិត្យ​ថា ទូរស័ព្ទ​នៅ​លើ Wi-Fi តែមួយ​ជាមួយ​កុំព្យូទ័រ​នេះ ហើយ​បិទ​ទិន្នន័យ​ចល័ត ថា​ជញ្ជាំងភ្លើង​អនុញ្ញាត CourseBuilder (លើ Windows៖ បណ្ដាញ​ឯកជន មិនមែន​សាធារណៈ) និង​ថា Wi-Fi មិន​ញែក​ឧបករណ៍​ដាច់​ពីគ្នា (ការ​ញែក​ភ្ញៀវ ឬ​ម៉ាស៊ីន​ភ្ញៀវ)។</translation>
    </message>
    <message>
        <source>Show join slide full screen</source>
        <translation>បង្ហាញ​ស្លាយ​ចូលរួម​ពេញ​អេក្រង់</translation>
    </message>
    <message>
        <source>Save join slide as PNG…</source>
        <translation>រក្សាទុក​ស្លាយ​ចូលរួម​ជា PNG…</translation>
    </message>
    <message>
        <source>Save join slide as SVG…</source>
        <translation>រក្សាទុក​ស្លាយ​ចូលរួម​ជា SVG…</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>លទ្ធផល…</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (តែ​កុំព្យូទ័រ​នេះ)</translation>
    </message>
    <message>
        <source>The PIN must be 3 to 12 digits.</source>
        <translation>លេខ PIN ត្រូវ​មាន​ពី ៣ ដល់ ១២ ខ្ទង់។</translation>
    </message>
    <message>
        <source>Preparing the phone copy of the course…</source>
        <translation>កំពុង​រៀបចំ​ច្បាប់​ចម្លង​វគ្គសិក្សា​សម្រាប់​ទូរស័ព្ទ…</translation>
    </message>
    <message>
        <source>The classroom could not start: %1</source>
        <translation>ថ្នាក់រៀន​មិន​អាច​ចាប់ផ្ដើម​បានទេ៖ %1</translation>
    </message>
    <message>
        <source>Stopped. The results are kept; open Results… to see them.</source>
        <translation>បាន​បញ្ឈប់។ លទ្ធផល​នៅ​រក្សាទុក សូម​បើក លទ្ធផល… ដើម្បី​មើល។</translation>
    </message>
    <message>
        <source>Phones in the last 2 minutes: %1
Results this session: %2</source>
        <translation>ទូរស័ព្ទ​ក្នុង ២ នាទី​ចុងក្រោយ៖ %1
លទ្ធផល​ក្នុង​វគ្គ​នេះ៖ %2</translation>
    </message>
    <message>
        <source>Save join slide</source>
        <translation>រក្សាទុក​ស្លាយ​ចូលរួម</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>រូបភាព PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>មិន​អាច​សរសេរ %1 បានទេ</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>រូបភាព SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>The clipboard format of a fragment; bundle/fragment.py says the same (imported late: it loads Pillow). Widgets whose own Cut, Copy and Paste work on text rather than on course objects. The last object list the lecturer worked in (outline, block list or a question list).</extracomment>
        <translation>កាត់(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ចម្លង(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>បិទភ្ជាប់(&amp;P)</translation>
    </message>
    <message>
        <source>Select a module, lesson, block or question to copy.</source>
        <translation>សូម​ជ្រើស​ម៉ូឌុល មេរៀន ប្លុក ឬ​សំណួរ ដើម្បី​ចម្លង។</translation>
    </message>
    <message>
        <source>Cannot copy: %1</source>
        <translation>មិន​អាច​ចម្លង​បានទេ៖ %1</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>កំពុងចម្លង</translation>
    </message>
    <message>
        <source>Copied to the clipboard; paste it here or in another course.</source>
        <translation>បាន​ចម្លង​ទៅ​ក្ដារតម្បៀតខ្ទាស់ សូម​បិទភ្ជាប់​នៅ​ទីនេះ ឬ​ក្នុង​វគ្គសិក្សា​ផ្សេង។</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>កាត់</translation>
    </message>
    <message>
        <source>The clipboard holds no modules, lessons, blocks or questions to paste.</source>
        <translation>ក្ដារតម្បៀតខ្ទាស់​គ្មាន​ម៉ូឌុល មេរៀន ប្លុក ឬ​សំណួរ​សម្រាប់​បិទភ្ជាប់​ទេ។</translation>
    </message>
    <message>
        <source>Pasting</source>
        <translation>កំពុងបិទភ្ជាប់</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>មិន​អាច​បិទភ្ជាប់​បានទេ៖ %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>បិទភ្ជាប់</translation>
    </message>
    <message>
        <source>Add a module first: lessons, quizzes and surveys are pasted into a module.</source>
        <translation>សូម​បន្ថែម​ម៉ូឌុល​ជាមុន​សិន៖ មេរៀន តេ​ស្ត​ខ្លី និង​ការស្ទង់មតិ ត្រូវ​បិទភ្ជាប់​ចូលក្នុង​ម៉ូឌុល។</translation>
    </message>
    <message>
        <source>Select a lesson in the outline to paste blocks into it.</source>
        <translation>សូម​ជ្រើស​មេរៀន​មួយ​ក្នុង​គ្រោង ដើម្បី​បិទភ្ជាប់​ប្លុក​ចូល។</translation>
    </message>
    <message>
        <source>Select a quiz, a survey or an exercise to paste questions into it.</source>
        <translation>សូម​ជ្រើស​តេ​ស្ត​ខ្លី ការស្ទង់មតិ ឬ​លំហាត់ ដើម្បី​បិទភ្ជាប់​សំណួរ​ចូល។</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>Course properties</source>
        <translation>លក្ខណៈ​វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Change course title</source>
        <translation>ប្ដូរ​ចំណងជើង​វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>What trainees will see as the course name</source>
        <translation>ឈ្មោះ​វគ្គសិក្សា​ដែល​សិក្ខាកាម​នឹង​ឃើញ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ចំណងជើង(&amp;T)៖</translation>
    </message>
    <message>
        <source>Change subtitle</source>
        <translation>ប្ដូរចំណងជើងរង</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>ចំណងជើងរង(&amp;S)៖</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>ប្ដូរភាសា</translation>
    </message>
    <message>
        <source>Language tag of the main language, such as en or zh-Hans</source>
        <translation>កូដ​ភាសា​ចម្បង ដូចជា en ឬ zh-Hans</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ភាសា(&amp;L)៖</translation>
    </message>
    <message>
        <source>Change licence</source>
        <translation>ប្ដូរ​អាជ្ញាប័ណ្ណ</translation>
    </message>
    <message>
        <source>L&amp;icence:</source>
        <translation>អាជ្ញាប័ណ្ណ(&amp;I)៖</translation>
    </message>
    <message>
        <source>Change version</source>
        <translation>ប្ដូរកំណែ</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>កំណែ(&amp;V)៖</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>ប្ដូរការពិពណ៌នា</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ការពិពណ៌នា(&amp;D)៖</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>បន្ថែមរូបភាព…</translation>
    </message>
    <message>
        <source>Cover:</source>
        <translation>រូបគម្រប៖</translation>
    </message>
    <message>
        <source>Change cover</source>
        <translation>ប្ដូររូបគម្រប</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>តួនាទី</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>បន្ថែម​អ្នកនិពន្ធ</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>ដកអ្នកនិពន្ធចេញ</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>អ្នកនិពន្ធ៖</translation>
    </message>
    <message>
        <source>(no cover)</source>
        <translation>(គ្មានរូបគម្រប)</translation>
    </message>
    <message>
        <source>Change authors</source>
        <translation>ប្ដូរអ្នកនិពន្ធ</translation>
    </message>
    <message>
        <source>New author</source>
        <translation>អ្នកនិពន្ធថ្មី</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop picture</source>
        <translation>កាត់រូបភាព</translation>
    </message>
    <message>
        <source>Drag over the picture to choose the part to keep. The file itself is not changed.</source>
        <translation>អូស​លើ​រូបភាព ដើម្បី​ជ្រើស​ផ្នែក​ដែល​ត្រូវ​រក្សាទុក។ ឯកសារ​ដើម​មិន​ត្រូវ​បាន​ប្ដូរ​ទេ។</translation>
    </message>
    <message>
        <source>Whole picture</source>
        <translation>រូបភាពទាំងមូល</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Adding media</source>
        <extracomment>Write the recovery copy this long after the last change (typing restarts the wait)... ...but never let changes go unwritten for longer than this while the lecturer keeps typing. When the oldest change not yet in the recovery copy was made (None: all written). A sample course opened as a template: saving must ask where, never overwrite the sample.</extracomment>
        <translation>កំពុងបន្ថែមមេឌៀ</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>បន្ថែមមេឌៀ</translation>
    </message>
    <message numerus="yes">
        <source>Add %n media file(s)</source>
        <translation>
            <numerusform>បន្ថែម​ឯកសារ​មេឌៀ %n</numerusform>
            <numerusform>បន្ថែម​ឯកសារ​មេឌៀ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>កំពុងរក្សាទុក</translation>
    </message>
    <message>
        <source>Writing a recovery copy</source>
        <translation>កំពុង​សរសេរ​ច្បាប់​ចម្លង​សង្គ្រោះ</translation>
    </message>
</context>
<context>
    <name>ExerciseBlockEditor</name>
    <message>
        <source>Change exercise title</source>
        <translation>ប្ដូរ​ចំណងជើង​លំហាត់</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ចំណងជើង(&amp;T)៖</translation>
    </message>
    <message>
        <source>Change instructions</source>
        <translation>ប្ដូរការណែនាំ</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>ការណែនាំ(&amp;I)៖</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Export for translator</source>
        <translation>នាំចេញ​សម្រាប់​អ្នកបកប្រែ</translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx): Excel, LibreOffice, WPS</source>
        <translation>តារាង (.xlsx)៖ Excel, LibreOffice, WPS</translation>
    </message>
    <message>
        <source>XLIFF 2.0 (.xlf): translation tools</source>
        <translation>XLIFF 2.0 (.xlf)៖ កម្មវិធី​បកប្រែ</translation>
    </message>
    <message>
        <source>CSV (.csv): any spreadsheet</source>
        <translation>CSV (.csv)៖ កម្មវិធី​តារាង​ណា​ក៏បាន</translation>
    </message>
    <message>
        <source>Each row has a text&apos;s place, the default language&apos;s words and an empty column for the translation. Send the file back when it is filled in and import it.</source>
        <translation>ជួរ​នី​មួយ​ៗ​មាន​ទីតាំង​អត្ថបទ ពាក្យជា​ភាសា​លំនាំដើម និង​ជួរឈរ​ទទេ​សម្រាប់​ការបកប្រែ។ ពេល​បំពេញ​រួច សូម​ផ្ញើ​ឯកសារ​មកវិញ ហើយ​នាំចូល​វា។</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ឯកសារ៖</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>Export finished</source>
        <translation>ការនាំចេញបានចប់</translation>
    </message>
    <message>
        <source>“%1” is ready (%2).
It is in the folder %3</source>
        <translation>«%1» រួចរាល់​ហើយ (%2)។
វា​នៅក្នុង​ថត %3</translation>
    </message>
    <message>
        <source>Worth checking before class:</source>
        <translation>គួរ​ពិនិត្យ​មុន​ចូលរៀន៖</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>បើកឯកសារ</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>បង្ហាញក្នុងថត</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>បើកថត</translation>
    </message>
</context>
<context>
    <name>FindActions</name>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>ស្វែងរក និង​ជំនួស(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>ស្វែងរក និង​ជំនួស</translation>
    </message>
    <message>
        <source>Words to find in titles, texts, questions, choices and notes</source>
        <translation>ពាក្យ​ដែល​ត្រូវ​រក​ក្នុង​ចំណងជើង អត្ថបទ សំណួរ ជម្រើស និង​កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>ត្រូវ​តាម​អក្សរ​ធំ​តូច(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words only</source>
        <translation>តែពាក្យពេញ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>ស្វែងរក(&amp;F)៖</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>ជំនួសដោយ(&amp;W)៖</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ជំនួស(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the selected occurrence</source>
        <translation>ជំនួស​កន្លែង​ដែល​បាន​ជ្រើស</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>ជំនួស​ទាំងអស់(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>រកឃើញ %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>រកមិនឃើញ</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>ជំនួស</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>ជំនួសទាំងអស់</translation>
    </message>
    <message>
        <source>Replaced %1 occurrences.</source>
        <translation>បាន​ជំនួស %1 កន្លែង។</translation>
    </message>
</context>
<context>
    <name>FramingButtons</name>
    <message>
        <source>Turn left</source>
        <translation>បង្វិលទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>បង្វិលទៅស្ដាំ</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>កាត់…</translation>
    </message>
    <message>
        <source>As taken</source>
        <translation>ដូចពេលថត</translation>
    </message>
    <message>
        <source>Show the whole picture, not turned</source>
        <translation>បង្ហាញ​រូបភាព​ទាំងមូល មិន​បង្វិល</translation>
    </message>
    <message>
        <source>Turn picture</source>
        <translation>បង្វិលរូបភាព</translation>
    </message>
    <message>
        <source>Show the whole picture</source>
        <translation>បង្ហាញ​រូបភាព​ទាំងមូល</translation>
    </message>
    <message>
        <source>Crop picture</source>
        <translation>កាត់រូបភាព</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>PowerPoint deck…</source>
        <extracomment>The kinds of import, in menu order. The dialog listing what the last import could not carry over (for tests and screenshots). The status-bar line saying what the finished import added.</extracomment>
        <translation>ស្លាយ PowerPoint…</translation>
    </message>
    <message>
        <source>Markdown folder…</source>
        <translation>ថត Markdown…</translation>
    </message>
    <message>
        <source>GIFT question bank…</source>
        <translation>ធនាគារ​សំណួរ GIFT…</translation>
    </message>
    <message>
        <source>Photos from a folder…</source>
        <translation>រូបថតពីថតមួយ…</translation>
    </message>
    <message>
        <source>Choose a lesson first</source>
        <translation>សូម​ជ្រើស​មេរៀន​ជាមុន​សិន</translation>
    </message>
    <message>
        <source>Select the lesson the photos should go into in the outline, then import them.</source>
        <translation>សូម​ជ្រើស​មេរៀន​ក្នុង​គ្រោង​ដែល​រូបថត​ត្រូវ​ចូល រួច​នាំចូល​ពួកវា។</translation>
    </message>
    <message>
        <source>Import a PowerPoint deck</source>
        <translation>នាំចូល​ស្លាយ PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint decks (*.pptx);;All files (*)</source>
        <translation>ស្លាយ PowerPoint (*.pptx);;ឯកសារ​ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Import a GIFT question bank</source>
        <translation>នាំចូល​ធនាគារ​សំណួរ GIFT</translation>
    </message>
    <message>
        <source>GIFT question banks (*.gift *.txt);;All files (*)</source>
        <translation>ធនាគារ​សំណួរ GIFT (*.gift *.txt);;ឯកសារ​ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Import a folder of Markdown notes</source>
        <translation>នាំចូល​ថត​កំណត់ចំណាំ Markdown</translation>
    </message>
    <message>
        <source>Import photos from a folder</source>
        <translation>នាំចូល​រូបថត​ពី​ថត​មួយ</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>កំពុងនាំចូល %1</translation>
    </message>
    <message>
        <source>Importing photos from %1</source>
        <translation>កំពុង​នាំចូល​រូបថត​ពី %1</translation>
    </message>
    <message>
        <source>Import deck “%1”</source>
        <translation>នាំចូល​ស្លាយ «%1»</translation>
    </message>
    <message>
        <source>Import Markdown folder “%1”</source>
        <translation>នាំចូល​ថត Markdown «%1»</translation>
    </message>
    <message>
        <source>Import questions “%1”</source>
        <translation>នាំចូល​សំណួរ «%1»</translation>
    </message>
    <message>
        <source>Import photos from “%1”</source>
        <translation>នាំចូល​រូបថត​ពី «%1»</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>មិន​អាច​នាំចូល​បានទេ</translation>
    </message>
    <message>
        <source>%1 was not imported; the course is unchanged.
%2</source>
        <translation>%1 មិន​ត្រូវ​បាន​នាំចូល​ទេ វគ្គសិក្សា​នៅ​ដដែល។
%2</translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>បាន​នាំចូល​ពី %1៖ %2</translation>
    </message>
    <message>
        <source>1 module</source>
        <translation>ម៉ូឌុល ១</translation>
    </message>
    <message>
        <source>%1 modules</source>
        <translation>ម៉ូឌុល %1</translation>
    </message>
    <message>
        <source>1 lesson</source>
        <translation>មេរៀន ១</translation>
    </message>
    <message>
        <source>%1 lessons</source>
        <translation>មេរៀន %1</translation>
    </message>
    <message>
        <source>1 quiz</source>
        <translation>តេស្តខ្លី ១</translation>
    </message>
    <message>
        <source>%1 quizzes</source>
        <translation>តេស្តខ្លី %1</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>សំណួរ ១</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>សំណួរ %1</translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>រូបភាព ១</translation>
    </message>
    <message>
        <source>%1 pictures</source>
        <translation>រូបភាព %1</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>គ្មានអ្វីថ្មី</translation>
    </message>
</context>
<context>
    <name>ImportNotesDialog</name>
    <message>
        <source>Imported “%1”</source>
        <translation>បាននាំចូល «%1»</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>បានបន្ថែម៖ %1។</translation>
    </message>
    <message>
        <source>These parts could not be carried over exactly. Check them in the course:</source>
        <translation>ផ្នែក​ទាំងនេះ​មិន​អាចយ​កម​ក​បាន​ត្រឹមត្រូវ​ទាំងស្រុង​ទេ។ សូម​ពិនិត្យ​ពួកវា​ក្នុង​វគ្គសិក្សា៖</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Translations imported</source>
        <translation>បាន​នាំចូល​ការបកប្រែ</translation>
    </message>
    <message>
        <source>%1: %2 changed, %3 unchanged, %4 still missing, %5 stale, %6 not in this course.</source>
        <translation>%1៖ បាន​ប្ដូរ %2 មិន​ប្ដូរ %3 នៅ​ខ្វះ %4 ហួសសម័យ %5 មិនមែន​របស់​វគ្គសិក្សា​នេះ %6។</translation>
    </message>
    <message>
        <source>Stale (the text changed after the file was made; applied, marked for checking)</source>
        <translation>ហួសសម័យ (អត្ថបទ​បាន​ប្ដូរ​ក្រោយពេល​ធ្វើ​ឯកសារ បាន​អនុវត្ត និង​សម្គាល់​ឲ្យ​ពិនិត្យ)</translation>
    </message>
    <message>
        <source>Not applied: the course has a newer translation</source>
        <translation>មិនបាន​អនុវត្ត៖ វគ្គសិក្សា​មានការ​បកប្រែ​ថ្មី​ជាង</translation>
    </message>
    <message>
        <source>Not in this course</source>
        <translation>មិនមែន​របស់​វគ្គសិក្សា​នេះ</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>នៅមិនទាន់បកប្រែ</translation>
    </message>
</context>
<context>
    <name>LanguagesDialog</name>
    <message>
        <source>Course languages</source>
        <extracomment>Languages offered first (the programme&apos;s); any other BCP 47 tag can be typed.</extracomment>
        <translation>ភាសា​របស់​វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>The default language is the one the course is written in (Course properties › Language); it always comes first. Texts in the other languages are written under “Translating into”.</source>
        <translation>ភាសា​លំនាំដើម​គឺជា​ភាសា​ដែល​វគ្គសិក្សា​ត្រូវ​បាន​សរសេរ (លក្ខណៈ​វគ្គសិក្សា › ភាសា) វា​តែងតែ​នៅ​ខាងដើម។ អត្ថបទ​ជា​ភាសា​ផ្សេងទៀត​ត្រូវ​សរសេរ​នៅ​ក្រោម «កំពុង​បកប្រែ​ជា»។</translation>
    </message>
    <message>
        <source>A language tag such as km, lo, zh-Hans or en</source>
        <translation>កូដ​ភាសា ដូចជា km, lo, zh-Hans ឬ en</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>បន្ថែម</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Removing a language drops its translations (undo brings them back)</source>
        <translation>ការ​ដក​ភាសា​ចេញ នឹង​ដក​ការបកប្រែ​របស់​វា​ចេញ​ដែរ (មិនធ្វើវិញ នាំ​វា​មកវិញ​បាន)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ឡើងលើ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ចុះក្រោម</translation>
    </message>
    <message>
        <source>%1 — default language</source>
        <translation>%1 — ភាសា​លំនាំដើម</translation>
    </message>
    <message>
        <source>“%1” is not a language tag; use one like km, lo, zh-Hans or en.</source>
        <translation>«%1» មិនមែន​ជា​កូដ​ភាសា​ទេ សូម​ប្រើ​កូដ​ដូចជា km, lo, zh-Hans ឬ en។</translation>
    </message>
    <message>
        <source>%1 is already one of the course&apos;s languages.</source>
        <translation>%1 ជា​ភាសា​មួយ​របស់​វគ្គសិក្សា​រួចហើយ។</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Lesson</source>
        <extracomment>What a list view puts in the drag data when one of its own rows is dragged.</extracomment>
        <translation>មេរៀន</translation>
    </message>
    <message>
        <source>Preview as trainee</source>
        <translation>មើល​ជាមុន​ដូច​សិក្ខាកាម</translation>
    </message>
    <message>
        <source>Change lesson title</source>
        <translation>ប្ដូរ​ចំណងជើង​មេរៀន</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ចំណងជើង(&amp;T)៖</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>ខ្លឹមសារ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> នាទី</translation>
    </message>
    <message>
        <source>Change minutes</source>
        <translation>ប្ដូរចំនួននាទី</translation>
    </message>
    <message>
        <source>&amp;Estimated time:</source>
        <translation>រយៈពេល​ប៉ាន់ស្មាន(&amp;E)៖</translation>
    </message>
    <message>
        <source>One objective per line: after this lesson trainees can…</source>
        <translation>គោលបំណង​មួយ​ក្នុង​មួយ​បន្ទាត់៖ ក្រោយ​មេរៀន​នេះ សិក្ខាកាម​អាច…</translation>
    </message>
    <message>
        <source>Change objectives</source>
        <translation>ប្ដូរគោលបំណង</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>គោលបំណង(&amp;O)៖</translation>
    </message>
    <message>
        <source>Speaker notes: what to say and do in class (not shown to trainees)</source>
        <translation>កំណត់ចំណាំ​អ្នកបង្រៀន៖ អ្វី​ដែល​ត្រូវ​និយាយ និង​ធ្វើ​ក្នុង​ថ្នាក់ (មិន​បង្ហាញ​ដល់​សិក្ខាកាម)</translation>
    </message>
    <message>
        <source>Change speaker notes</source>
        <translation>ប្ដូរ​កំណត់ចំណាំ​អ្នកបង្រៀន</translation>
    </message>
    <message>
        <source>Speaker &amp;notes:</source>
        <translation>កំណត់ចំណាំ​អ្នកបង្រៀន(&amp;N)៖</translation>
    </message>
    <message>
        <source>Objectives and notes</source>
        <translation>គោលបំណង និង​កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>រូបភាព</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>សំឡេង</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>វីដេអូ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>លំហាត់</translation>
    </message>
    <message>
        <source>Add a block of this kind after the selected one</source>
        <translation>បន្ថែម​ប្លុក​ប្រភេទ​នេះ បន្ទាប់ពី​ប្លុក​ដែល​បាន​ជ្រើស</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ឡើងលើ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ចុះក្រោម</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>សំណួរ %n</numerusform>
            <numerusform>សំណួរ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>បន្ថែមប្លុក</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>ដកប្លុកចេញ</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>ផ្លាស់ទីប្លុក</translation>
    </message>
    <message numerus="yes">
        <source>Add %n dropped file(s)</source>
        <translation>
            <numerusform>បន្ថែម​ឯកសារ​ដែល​បាន​ទម្លាក់ %n</numerusform>
            <numerusform>បន្ថែម​ឯកសារ​ដែល​បាន​ទម្លាក់ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outline</source>
        <extracomment>The course, module and item above the shown object, nearest last: where to go if it is removed.</extracomment>
        <translation>គ្រោង</translation>
    </message>
    <message>
        <source>Media library</source>
        <translation>បណ្ណាល័យមេឌៀ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Below this window width the media library shares the outline&apos;s place (as a tab) so the editor keeps its width.</extracomment>
        <translation>ឯកសារ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New course</source>
        <translation>វគ្គសិក្សា​ថ្មី(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>បើក(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>បើកថត(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>បើកថ្មីៗ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>រក្សាទុក(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>រក្សាទុកជា(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;media files…</source>
        <translation>បន្ថែម​ឯកសារ​មេឌៀ(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>នាំចូល(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>នាំចេញ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Close course</source>
        <translation>បិទ​វគ្គសិក្សា(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>កែសម្រួល(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>វគ្គសិក្សា(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>មើល(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview as trainee</source>
        <translation>មើល​ជាមុន​ដូច​សិក្ខាកាម(&amp;P)</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>ភាសា​ផ្ទាំង​កម្មវិធី(&amp;L)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>តាមប្រព័ន្ធ</translation>
    </message>
    <message>
        <source>C&amp;lassroom</source>
        <translation>ថ្នាក់រៀន(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ជំនួយ(&amp;H)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>សៀវភៅណែនាំ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About CourseBuilder</source>
        <translation>អំពី CourseBuilder(&amp;A)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(មិនទាន់មាន)</translation>
    </message>
    <message>
        <source>Cannot open the user guide</source>
        <translation>មិន​អាច​បើក​សៀវភៅ​ណែនាំ​បានទេ</translation>
    </message>
    <message>
        <source>CourseBuilder</source>
        <translation>CourseBuilder</translation>
    </message>
    <message>
        <source>Untitled course</source>
        <translation>វគ្គសិក្សា​គ្មាន​ចំណងជើង</translation>
    </message>
    <message>
        <source>Not changed: “%1” edits something no longer in the course.</source>
        <translation>មិនបាន​ប្ដូរ៖ «%1» កែ​អ្វីមួយ​ដែល​លែង​មាន​ក្នុង​វគ្គសិក្សា។</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>វគ្គសិក្សាថ្មី</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>ម៉ូឌុលទី ១</translation>
    </message>
    <message>
        <source>Lesson 1</source>
        <translation>មេរៀនទី ១</translation>
    </message>
    <message>
        <source>Open a course</source>
        <translation>បើកវគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Course bundles (*%1);;All files (*)</source>
        <translation>កញ្ចប់​វគ្គសិក្សា (*%1);;ឯកសារ​ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Open a course folder</source>
        <translation>បើកថតវគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Course already open</source>
        <translation>វគ្គសិក្សា​បើក​រួចហើយ</translation>
    </message>
    <message>
        <source>“%1” is already open in another CourseBuilder window (%2). If both save, one loses the other&apos;s changes.

Open it here anyway?</source>
        <translation>«%1» បើក​រួចហើយ​ក្នុង​បង្អួច CourseBuilder មួយទៀត (%2)។ បើ​ទាំងពីរ​រក្សាទុក ម្ខាង​នឹង​បាត់បង់​ការ​កែប្រែ​របស់​ម្ខាងទៀត។

នៅតែ​បើក​នៅ​ទីនេះ​ឬ?</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>កំពុងបើក %1</translation>
    </message>
    <message>
        <source>Cannot open the course</source>
        <translation>មិន​អាច​បើក​វគ្គសិក្សា​បានទេ</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>ស្ដារ​ការងារ​ដែល​មិនទាន់​រក្សាទុក​ឬ?</translation>
    </message>
    <message>
        <source>CourseBuilder closed without saving %1. Restore it?</source>
        <translation>CourseBuilder បាន​បិទ​ដោយ​មិនបាន​រក្សាទុក %1។ ស្ដារ​វា​ឬ?</translation>
    </message>
    <message>
        <source>Restore my changes</source>
        <translation>ស្ដារ​ការ​កែប្រែ​របស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>បោះចោលពួកវា</translation>
    </message>
    <message>
        <source>Decide at the next start</source>
        <translation>សម្រេច​នៅពេល​បើក​លើកក្រោយ</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>មិន​អាច​ស្ដារ​បានទេ</translation>
    </message>
    <message>
        <source>Course open elsewhere</source>
        <translation>វគ្គសិក្សា​កំពុង​បើក​នៅកន្លែង​ផ្សេង</translation>
    </message>
    <message>
        <source>“%1” is also open in another CourseBuilder window (%2). Saving here replaces whatever is saved there.

Save a copy under a new name instead?</source>
        <translation>«%1» ក៏​កំពុង​បើក​ក្នុង​បង្អួច CourseBuilder មួយទៀត​ដែរ (%2)។ ការ​រក្សាទុក​នៅ​ទីនេះ​នឹង​ជំនួស​អ្វី​ដែល​រក្សាទុក​នៅ​ទីនោះ។

រក្សាទុក​ច្បាប់​ចម្លង​ក្រោម​ឈ្មោះ​ថ្មី​ជំនួស​វិញ​ឬ?</translation>
    </message>
    <message>
        <source>Save course as</source>
        <translation>រក្សាទុក​វគ្គសិក្សា​ជា</translation>
    </message>
    <message>
        <source>Course bundles (*%1)</source>
        <translation>កញ្ចប់​វគ្គសិក្សា (*%1)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>មិន​អាច​រក្សាទុក​បានទេ</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>រក្សាទុក​ការ​កែប្រែ​ឬ?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>«%1» មានការ​កែប្រែ​ដែល​មិនទាន់​រក្សាទុក។ រក្សាទុក​ពួកវា​ជាមុន​ឬ?</translation>
    </message>
    <message>
        <source>Add media files</source>
        <translation>បន្ថែមឯកសារមេឌៀ</translation>
    </message>
    <message>
        <source>Pictures, sound, video and documents (*.jpg *.jpeg *.png *.webp *.gif *.mp3 *.m4a *.ogg *.wav *.mp4 *.webm *.pdf);;All files (*)</source>
        <translation>រូបភាព សំឡេង វីដេអូ និង​ឯកសារ (*.jpg *.jpeg *.png *.webp *.gif *.mp3 *.m4a *.ogg *.wav *.mp4 *.webm *.pdf);;ឯកសារ​ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1៖ បានបោះបង់</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1៖ រួចរាល់</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>កំហុស %n</numerusform>
            <numerusform>កំហុស %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>ការព្រមាន %n</numerusform>
            <numerusform>ការព្រមាន %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownToolbar</name>
    <message>
        <source>B</source>
        <translation>ដិត</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>អក្សរ​ដិត (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>ទ្រេត</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>អក្សរ​ទ្រេត (Ctrl+I)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Make the line a heading</source>
        <translation>ធ្វើឲ្យ​បន្ទាត់​នេះ​ជា​ចំណងជើង</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• បញ្ជី</translation>
    </message>
    <message>
        <source>Make the lines a list</source>
        <translation>ធ្វើឲ្យ​បន្ទាត់​ទាំងនេះ​ជា​បញ្ជី</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>១. លេខរៀង</translation>
    </message>
    <message>
        <source>Make the lines a numbered list</source>
        <translation>ធ្វើឲ្យ​បន្ទាត់​ទាំងនេះ​ជា​បញ្ជី​មាន​លេខរៀង</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>តំណ</translation>
    </message>
    <message>
        <source>Make the words a link (Ctrl+K)</source>
        <translation>ធ្វើឲ្យ​ពាក្យ​ទាំងនេះ​ជា​តំណ (Ctrl+K)</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>រូបភាព…</translation>
    </message>
    <message>
        <source>Add a picture after this text</source>
        <translation>បន្ថែម​រូបភាព​បន្ទាប់ពី​អត្ថបទ​នេះ</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>អក្សរដិត</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>អក្សរទ្រេត</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>អត្ថបទតំណ</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>បន្ថែមរូបភាព</translation>
    </message>
</context>
<context>
    <name>MediaBlockEditor</name>
    <message>
        <source>Choose file</source>
        <translation>ជ្រើសឯកសារ</translation>
    </message>
    <message>
        <source>Add from disk…</source>
        <translation>បន្ថែមពីថាស…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <source>Drop a file here</source>
        <translation>ទម្លាក់​ឯកសារ​នៅ​ទីនេះ</translation>
    </message>
    <message>
        <source>Change alt text</source>
        <translation>ប្ដូរ​អត្ថបទ​ជំនួស</translation>
    </message>
    <message>
        <source>Describe the picture for trainees who cannot see it</source>
        <translation>ពិពណ៌នា​រូបភាព​សម្រាប់​សិក្ខាកាម​ដែល​មើល​មិនឃើញ</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>អត្ថបទ​ជំនួស(&amp;A)៖</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>រូបភាព៖</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>ប្ដូរចំណងជើង</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ចំណងជើង(&amp;T)៖</translation>
    </message>
    <message>
        <source>Change transcript</source>
        <translation>ប្ដូរ​អត្ថបទ​ប្រតិចារឹក</translation>
    </message>
    <message>
        <source>T&amp;ranscript:</source>
        <translation>អត្ថបទ​ប្រតិចារឹក(&amp;R)៖</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>ប្ដូរការពិពណ៌នា</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ការពិពណ៌នា(&amp;D)៖</translation>
    </message>
    <message>
        <source>Change caption</source>
        <translation>ប្ដូរ​ពាក្យ​ពន្យល់​រូប</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>ពាក្យ​ពន្យល់​រូប(&amp;C)៖</translation>
    </message>
    <message>
        <source>Change credit</source>
        <translation>ប្ដូរប្រភព</translation>
    </message>
    <message>
        <source>Who made it, and the licence</source>
        <translation>អ្នកបង្កើត និង​អាជ្ញាប័ណ្ណ</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>ប្រភព(&amp;R)៖</translation>
    </message>
    <message>
        <source>(choose a file)</source>
        <translation>(ជ្រើសឯកសារ)</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one above</source>
        <translation>ទម្លាក់​ឯកសារ​នៅ​ទីនេះ ឬ​ជ្រើស​មួយ​នៅ​ខាងលើ</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <source>Add files…</source>
        <extracomment>Drag data naming one media path of the open course (dropped on a lesson&apos;s block list).</extracomment>
        <translation>បន្ថែមឯកសារ…</translation>
    </message>
    <message>
        <source>Remove unused</source>
        <translation>ដកចេញដែលមិនប្រើ</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>មិនប្រើ</translation>
    </message>
    <message>
        <source>used once</source>
        <translation>ប្រើម្ដង</translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation>ប្រើ %1 ដង</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>ប្រើក្នុង៖</translation>
    </message>
    <message>
        <source>Not used anywhere</source>
        <translation>មិន​ប្រើ​កន្លែងណា​ទេ</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %2; %3 unused</source>
        <translation>
            <numerusform>ឯកសារ %n, %2; មិន​ប្រើ %3</numerusform>
            <numerusform>ឯកសារ %n, %2; មិន​ប្រើ %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove unused media</source>
        <translation>ដក​មេឌៀ​ដែល​មិន​ប្រើ​ចេញ</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n unused file(s)</source>
        <translation>
            <numerusform>ដក​ឯកសារ​មិន​ប្រើ %n ចេញ</numerusform>
            <numerusform>ដក​ឯកសារ​មិន​ប្រើ %n ចេញ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>Module</source>
        <translation>ម៉ូឌុល</translation>
    </message>
    <message>
        <source>Change module title</source>
        <translation>ប្ដូរ​ចំណងជើង​ម៉ូឌុល</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ចំណងជើង(&amp;T)៖</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>ប្ដូរការពិពណ៌នា</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ការពិពណ៌នា(&amp;D)៖</translation>
    </message>
    <message>
        <source>Add lessons, quizzes and surveys with the outline&apos;s right-click menu.</source>
        <translation>បន្ថែម​មេរៀន តេ​ស្ត​ខ្លី និង​ការស្ទង់មតិ ដោយ​ម៉ឺនុយ​ចុច​ខាងស្ដាំ​ក្នុង​គ្រោង។</translation>
    </message>
</context>
<context>
    <name>ObjectTable</name>
    <message>
        <source>Add</source>
        <extracomment>A column: model attribute, header text, and &quot;text&quot; or &quot;check&quot;. Only one row may be ticked (single choice): ticking one unticks the rest.</extracomment>
        <translation>បន្ថែម</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ឡើងលើ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ចុះក្រោម</translation>
    </message>
    <message>
        <source>Mark correct</source>
        <translation>សម្គាល់ថាត្រូវ</translation>
    </message>
    <message>
        <source>Unmark correct</source>
        <translation>លែង​សម្គាល់ថា​ត្រូវ</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>កែ %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>បន្ថែមជួរ</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>ដកជួរចេញ</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>តម្រៀបឡើងវិញ</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>(untitled %1)</source>
        <translation>(%1 គ្មាន​ចំណងជើង)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>ម៉ូឌុល</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>មេរៀន</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>តេស្តខ្លី</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>ការស្ទង់មតិ</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>ប្ដូរឈ្មោះ</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>បន្ថែមម៉ូឌុល</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>បន្ថែមមេរៀន</translation>
    </message>
    <message>
        <source>Add quiz</source>
        <translation>បន្ថែមតេស្តខ្លី</translation>
    </message>
    <message>
        <source>Add survey</source>
        <translation>បន្ថែម​ការស្ទង់មតិ</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (ច្បាប់​ចម្លង)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ចម្លងមួយទៀត</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>ផ្លាស់ទី</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ផ្លាស់ទីឡើងលើ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>ផ្លាស់ទី​ចុះក្រោម</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export an offline package</source>
        <translation>នាំចេញ​កញ្ចប់​ប្រើ​ក្រៅ​បណ្ដាញ</translation>
    </message>
    <message>
        <source>A folder of web pages (copy to a USB stick)</source>
        <translation>ថត​ទំ​ព័រ​វេប (ចម្លង​ទៅ USB)</translation>
    </message>
    <message>
        <source>A .zip of that folder (to send or download)</source>
        <translation>ឯកសារ .zip នៃ​ថត​នោះ (ដើម្បី​ផ្ញើ ឬ​ទាញ​យក)</translation>
    </message>
    <message>
        <source>One web page file (.html) for messaging apps</source>
        <translation>ឯកសារ​ទំព័រ​វេ​បតែ​មួយ (.html) សម្រាប់​កម្មវិធី​ផ្ញើ​សារ</translation>
    </message>
    <message>
        <source>SCORM 1.2 package (.zip) for a learning platform</source>
        <translation>កញ្ចប់ SCORM 1.2 (.zip) សម្រាប់​វេទិកា​សិក្សា</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>ទម្រង់៖</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>គ្មានកំណត់</translation>
    </message>
    <message>
        <source>The largest package trainees can download or copy; the export names what to shrink when it is over.</source>
        <translation>កញ្ចប់​ធំ​បំផុត​ដែល​សិក្ខាកាម​អាច​ទាញ​យក ឬ​ចម្លង​បាន ពេល​លើស​កំណត់ ការនាំចេញ​នឹង​ប្រាប់​ថាត្រូវ​បង្រួម​អ្វី។</translation>
    </message>
    <message>
        <source>Size budget:</source>
        <translation>ទំហំកំណត់៖</translation>
    </message>
    <message>
        <source>Only warn when the package is over the budget</source>
        <translation>គ្រាន់តែ​ព្រមាន ពេល​កញ្ចប់​លើស​ទំហំ​កំណត់</translation>
    </message>
    <message>
        <source> px</source>
        <translation> ភីកសែល</translation>
    </message>
    <message>
        <source>Pictures for phones:</source>
        <translation>រូបភាព​សម្រាប់​ទូរស័ព្ទ៖</translation>
    </message>
    <message>
        <source>Pictures for laptops:</source>
        <translation>រូបភាព​សម្រាប់​កុំព្យូទ័រ​យួរដៃ៖</translation>
    </message>
    <message>
        <source>All languages, with a language switch</source>
        <translation>គ្រប់​ភាសា ជាមួយ​ប៊ូតុង​ប្ដូរ​ភាសា</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>រក្សាទុកជា៖</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>មើលជាមុន៖ %1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Where</source>
        <extracomment>Turns the checks&apos; list into the one shown (the translation view lists missing texts per item).</extracomment>
        <translation>កន្លែង</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <source>No problems found: the course is ready for class.</source>
        <translation>រក​មិនឃើញ​បញ្ហា​ទេ៖ វគ្គសិក្សា​រួចរាល់​សម្រាប់​ថ្នាក់រៀន។</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Kind:</source>
        <extracomment>What a new question of each kind starts with, besides its prompt: (question, course language) -&gt; None. The answer part of each kind&apos;s editor: (editor, document, question, graded) -&gt; (row label, widget), or None when the kind has nothing to set there (a survey&apos;s true-or-false statement).</extracomment>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <source>Change question</source>
        <translation>ប្ដូរសំណួរ</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>សំណួរ(&amp;Q)៖</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>ការណែនាំ(&amp;I)៖</translation>
    </message>
    <message>
        <source>Change points</source>
        <translation>ប្ដូរពិន្ទុ</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>ពិន្ទុ(&amp;P)៖</translation>
    </message>
    <message>
        <source>Change feedback</source>
        <translation>ប្ដូរមតិតប</translation>
    </message>
    <message>
        <source>When &amp;right:</source>
        <translation>ពេលត្រូវ(&amp;R)៖</translation>
    </message>
    <message>
        <source>When &amp;wrong:</source>
        <translation>ពេលខុស(&amp;W)៖</translation>
    </message>
    <message>
        <source>Change hint</source>
        <translation>ប្ដូរគន្លឹះ</translation>
    </message>
    <message>
        <source>Shown when a trainee asks for help</source>
        <translation>បង្ហាញ​ពេល​សិក្ខាកាម​សុំ​ជំនួយ</translation>
    </message>
    <message>
        <source>&amp;Hint:</source>
        <translation>គន្លឹះ(&amp;H)៖</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>ជម្រើស៖</translation>
    </message>
    <message>
        <source>Pairs:</source>
        <translation>គូ៖</translation>
    </message>
    <message>
        <source>Items in the right order:</source>
        <translation>ធាតុ​តាមលំដាប់​ត្រឹមត្រូវ៖</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>ប្រយោគ៖</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>ចម្លើយ៖</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>ការកំណត់៖</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>ជម្រើស</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>ត្រូវ</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>មតិតប</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ខាងឆ្វេង</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>ផ្គូផ្គងនឹង</translation>
    </message>
    <message>
        <source>One item per line, in the correct order</source>
        <translation>ធាតុ​មួយ​ក្នុង​មួយ​បន្ទាត់ តាមលំដាប់​ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>Change items</source>
        <translation>ប្ដូរធាតុ</translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation>ប្រយោគនេះត្រូវ</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>ប្ដូរចម្លើយ</translation>
    </message>
    <message>
        <source>Accepted answers, one per line</source>
        <translation>ចម្លើយ​ដែល​ទទួលយក មួយ​ក្នុង​មួយ​បន្ទាត់</translation>
    </message>
    <message>
        <source>Change accepted answers</source>
        <translation>ប្ដូរ​ចម្លើយ​ដែល​ទទួលយក</translation>
    </message>
    <message>
        <source>Capital letters matter</source>
        <translation>ខុសគ្នា​រវាង​អក្សរ​ធំ និង​តូច</translation>
    </message>
    <message>
        <source>Change case</source>
        <translation>ប្ដូរ​ការកំណត់​អក្សរ​ធំ​តូច</translation>
    </message>
    <message>
        <source>Change tolerance</source>
        <translation>ប្ដូរ​កម្រិត​លម្អៀង</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>ប្ដូរឯកតា</translation>
    </message>
    <message>
        <source>unit, such as yuan or kg</source>
        <translation>ឯកតា ដូចជា រៀល ឬ គីឡូក្រាម</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Change scale</source>
        <translation>ប្ដូរមាត្រដ្ឋាន</translation>
    </message>
    <message>
        <source>Change scale label</source>
        <translation>ប្ដូរ​ស្លាក​មាត្រដ្ឋាន</translation>
    </message>
    <message>
        <source>lowest means…</source>
        <translation>ទាប​បំផុត​មានន័យថា…</translation>
    </message>
    <message>
        <source>highest means…</source>
        <translation>ខ្ពស់​បំផុត​មានន័យថា…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation>ច្រើនបន្ទាត់</translation>
    </message>
    <message>
        <source>Change answer size</source>
        <translation>ប្ដូរទំហំចម្លើយ</translation>
    </message>
    <message>
        <source>Change length limit</source>
        <translation>ប្ដូរ​ប្រវែង​អតិបរមា</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>គ្មានកំណត់</translation>
    </message>
    <message>
        <source>Longest answer:</source>
        <translation>ចម្លើយវែងបំផុត៖</translation>
    </message>
    <message>
        <source>Change sentence</source>
        <translation>ប្ដូរប្រយោគ</translation>
    </message>
    <message>
        <source>Make selected words a blank</source>
        <translation>ធ្វើឲ្យ​ពាក្យ​ដែល​បាន​ជ្រើស​ជា​ចន្លោះ​ទទេ</translation>
    </message>
    <message>
        <source>Write the sentence and put each answer in [[double brackets]]; separate other accepted answers with |.</source>
        <translation>សរសេរ​ប្រយោគ ហើយ​ដាក់​ចម្លើយ​នី​មួយ​ៗ​ក្នុង [[តង្កៀប​ពីរ​ជាន់]] បំបែក​ចម្លើយ​ផ្សេងទៀត​ដែល​ទទួលយក​ដោយ |។</translation>
    </message>
    <message>
        <source>blank %1: %2</source>
        <translation>ចន្លោះទី %1៖ %2</translation>
    </message>
    <message>
        <source>No blank yet.</source>
        <translation>មិនទាន់​មាន​ចន្លោះ​ទទេ។</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Add question</source>
        <translation>បន្ថែមសំណួរ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ឡើងលើ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ចុះក្រោម</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>ដកសំណួរចេញ</translation>
    </message>
    <message>
        <source>Reorder questions</source>
        <translation>តម្រៀប​សំណួរ​ឡើងវិញ</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Results: %1</source>
        <translation>លទ្ធផល៖ %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ផ្ទុកឡើងវិញ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <source>Save report as PNG…</source>
        <translation>រក្សាទុក​របាយការណ៍​ជា PNG…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>វគ្គ</translation>
    </message>
    <message>
        <source>Classroom running: %1 phones in the last 2 minutes, %2 results this session</source>
        <translation>ថ្នាក់រៀន​កំពុង​ដំណើរការ៖ ទូរស័ព្ទ %1 ក្នុង ២ នាទី​ចុងក្រោយ លទ្ធផល %2 ក្នុង​វគ្គ​នេះ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>គ្រប់វគ្គ</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>លទ្ធផល %1</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>តេស្តខ្លី៖ %1</translation>
    </message>
    <message>
        <source>%1 results · passed: %2</source>
        <translation>លទ្ធផល %1 · ជាប់៖ %2</translation>
    </message>
    <message>
        <source>Scores (%)</source>
        <translation>ពិន្ទុ (%)</translation>
    </message>
    <message>
        <source>Right answers per question</source>
        <translation>ចម្លើយ​ត្រូវ​តាម​សំណួរ​នី​មួយ​ៗ</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>ការស្ទង់មតិ៖ %1</translation>
    </message>
    <message>
        <source>Mean: %1</source>
        <translation>មធ្យម៖ %1</translation>
    </message>
    <message>
        <source>… and %1 more (see the CSV)</source>
        <translation>… និង %1 ទៀត (មើលក្នុង CSV)</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>មិនទាន់​មាន​ចម្លើយ</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>នាំចេញលទ្ធផល</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>មិន​អាច​សរសេរ %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>រក្សាទុក​របាយការណ៍</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>រូបភាព PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>មិន​អាច​សរសេរ %1 បានទេ</translation>
    </message>
</context>
<context>
    <name>SlideExportDialog</name>
    <message>
        <source>Export a slide deck</source>
        <translation>នាំចេញស្លាយ</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>អ្វី​ដែល​ត្រូវ​នាំចេញ</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>វគ្គសិក្សា​ទាំងមូល</translation>
    </message>
    <message>
        <source>One module:</source>
        <translation>ម៉ូឌុលមួយ៖</translation>
    </message>
    <message>
        <source>Chosen lessons, quizzes and surveys:</source>
        <translation>មេរៀន តេ​ស្ត​ខ្លី និង​ការស្ទង់មតិ​ដែល​បាន​ជ្រើស៖</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>ម៉ូឌុលទី %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>លំនាំដើម</translation>
    </message>
    <message>
        <source>High contrast (bright rooms, weak projectors)</source>
        <translation>កម្រិត​ពណ៌​ខ្លាំង (បន្ទប់​ភ្លឺ ម៉ាស៊ីន​បញ្ចាំង​ខ្សោយ)</translation>
    </message>
    <message>
        <source>My own PowerPoint template</source>
        <translation>គំរូ PowerPoint ផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>a .pptx or .potx file</source>
        <translation>ឯកសារ .pptx ឬ .potx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ជ្រើស…</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>រូបរាង៖</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>គំរូ៖</translation>
    </message>
    <message>
        <source> px</source>
        <translation> ភីកសែល</translation>
    </message>
    <message>
        <source>Longest edge of pictures; projectors show 1920 at most.</source>
        <translation>ជ្រុង​វែង​បំផុត​នៃ​រូបភាព ម៉ាស៊ីន​បញ្ចាំង​បង្ហាញ​បាន​ច្រើន​បំផុត 1920។</translation>
    </message>
    <message>
        <source>Picture size:</source>
        <translation>ទំហំរូបភាព៖</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>ទីកន្លែង៖</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>កាលបរិច្ឆេទ៖</translation>
    </message>
    <message>
        <source>the course&apos;s authors</source>
        <translation>អ្នកនិពន្ធ​វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>Lecturer:</source>
        <translation>គ្រូបង្រៀន៖</translation>
    </message>
    <message>
        <source>Put audio and video files into the deck (makes it larger)</source>
        <translation>ដាក់​ឯកសារ​សំឡេង និង​វីដេអូ​ក្នុង​ស្លាយ (ធ្វើឲ្យ​វា​ធំជាង​មុន)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <source>Second language under it:</source>
        <translation>ភាសា​ទីពីរ​នៅ​ខាងក្រោម៖</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>រក្សាទុកជា៖</translation>
    </message>
    <message>
        <source>Choose a PowerPoint template</source>
        <translation>ជ្រើស​គំរូ PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation>គំរូ PowerPoint (*.pptx *.potx)</translation>
    </message>
    <message>
        <source>Tick at least one lesson, quiz or survey.</source>
        <translation>សូម​ធីក​យ៉ាងហោចណាស់​មេរៀន តេ​ស្ត​ខ្លី ឬ​ការស្ទង់មតិ​មួយ។</translation>
    </message>
    <message>
        <source>Choose your template file (.pptx or .potx).</source>
        <translation>សូម​ជ្រើស​ឯកសារ​គំរូ​របស់​អ្នក (.pptx ឬ .potx)។</translation>
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
        <translation>បង្កើត​វគ្គ​បណ្តុះបណ្តាល​ដែល​មាន​មេរៀន រូបភាព លំហាត់ និង​តេ​ស្ត​ខ្លី រួច​រក្សាទុក​ដើម្បី​ចែករំលែក​តាម USB។</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>វគ្គសិក្សាថ្មី</translation>
    </message>
    <message>
        <source>Open a course…</source>
        <translation>បើកវគ្គសិក្សា…</translation>
    </message>
    <message>
        <source>Start from a sample course</source>
        <translation>ចាប់ផ្ដើម​ពី​វគ្គសិក្សា​គំរូ</translation>
    </message>
    <message>
        <source>Recent courses</source>
        <translation>វគ្គសិក្សាថ្មីៗ</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>ចុច​ទ្វេដង​ដើម្បី​បើក។</translation>
    </message>
    <message>
        <source>Reading sample courses</source>
        <translation>កំពុង​អាន​វគ្គសិក្សា​គំរូ</translation>
    </message>
    <message>
        <source>(no sample courses installed)</source>
        <translation>(មិនបាន​ដំឡើង​វគ្គសិក្សា​គំរូ​ទេ)</translation>
    </message>
</context>
<context>
    <name>TextBlockEditor</name>
    <message>
        <source>Edit text</source>
        <translation>កែអត្ថបទ</translation>
    </message>
    <message>
        <source>Write here. **bold**, *italic*, - lists, # headings</source>
        <translation>សរសេរ​នៅ​ទីនេះ។ **ដិត** *ទ្រេត* - បញ្ជី # ចំណងជើង</translation>
    </message>
    <message>
        <source>Text (Markdown) and how trainees will see it:</source>
        <translation>អត្ថបទ (Markdown) និង​របៀប​ដែល​សិក្ខាកាម​នឹង​ឃើញ៖</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>Making thumbnails</source>
        <extracomment>Long edge of thumbnails; the same as coursebuilder.media.thumbnails, without importing Pillow at start-up.</extracomment>
        <translation>កំពុង​បង្កើត​រូ​បតូចៗ</translation>
    </message>
</context>
<context>
    <name>TranslateActions</name>
    <message>
        <source>Translation</source>
        <extracomment>The language being translated into (&quot;&quot; for none).</extracomment>
        <translation>ការបកប្រែ</translation>
    </message>
    <message>
        <source>Translating into:</source>
        <translation>កំពុងបកប្រែជា៖</translation>
    </message>
    <message>
        <source>Show each text in the default language beside its translation into this language</source>
        <translation>បង្ហាញ​អត្ថបទ​នី​មួយ​ៗ​ជា​ភាសា​លំនាំដើម នៅ​ក្បែរ​ការបកប្រែ​របស់​វា​ជា​ភាសា​នេះ</translation>
    </message>
    <message>
        <source>Languages…</source>
        <translation>ភាសា…</translation>
    </message>
    <message>
        <source>&amp;Languages…</source>
        <translation>ភាសា(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation>ការបកប្រែ(&amp;T)</translation>
    </message>
    <message>
        <source>no other language</source>
        <translation>គ្មានភាសាផ្សេង</translation>
    </message>
    <message>
        <source>%1: %2 texts not translated yet, %3 stale (their source changed)</source>
        <translation>%1៖ អត្ថបទ %2 មិនទាន់​បកប្រែ %3 ហួសសម័យ (អត្ថបទ​ដើម​បាន​ប្ដូរ)</translation>
    </message>
    <message>
        <source>%1: every text is translated</source>
        <translation>%1៖ អត្ថបទ​ទាំងអស់​បាន​បកប្រែ​រួច</translation>
    </message>
    <message>
        <source>Change course languages</source>
        <translation>ប្ដូរ​ភាសា​របស់​វគ្គសិក្សា</translation>
    </message>
</context>
<context>
    <name>TranslationFiles</name>
    <message>
        <source>&amp;Export for translator…</source>
        <extracomment>The report of the last import (for tests and screenshots).</extracomment>
        <translation>នាំចេញ​សម្រាប់​អ្នកបកប្រែ(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import translations…</source>
        <translation>នាំចូល​ការបកប្រែ(&amp;I)…</translation>
    </message>
    <message>
        <source>Export for translator</source>
        <translation>នាំចេញ​សម្រាប់​អ្នកបកប្រែ</translation>
    </message>
    <message>
        <source>The course has only its default language. Add a language under Course › Languages… first.</source>
        <translation>វគ្គសិក្សា​មានតែ​ភាសា​លំនាំដើម។ សូម​បន្ថែម​ភាសា​មួយ​នៅ វគ្គសិក្សា › ភាសា… ជាមុន​សិន។</translation>
    </message>
    <message>
        <source>Exporting %1 for a translator</source>
        <translation>កំពុង​នាំចេញ %1 សម្រាប់​អ្នកបកប្រែ</translation>
    </message>
    <message>
        <source>Saved %1 for the translator</source>
        <translation>បាន​រក្សាទុក %1 សម្រាប់​អ្នកបកប្រែ</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>មិន​អាច​នាំចេញ​បានទេ</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>នាំចូលការបកប្រែ</translation>
    </message>
    <message>
        <source>Translations (*.xlsx *.xlf *.xliff *.csv);;All files (*)</source>
        <translation>ការបកប្រែ (*.xlsx *.xlf *.xliff *.csv);;ឯកសារ​ទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>កំពុងអាន %1</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>មិន​អាច​នាំចូល​បានទេ</translation>
    </message>
    <message>
        <source>%1 was not imported; the course is unchanged.
%2</source>
        <translation>%1 មិន​ត្រូវ​បាន​នាំចូល​ទេ វគ្គសិក្សា​នៅ​ដដែល។
%2</translation>
    </message>
    <message>
        <source>Import translations into %1</source>
        <translation>នាំចូល​ការបកប្រែ​ជា %1</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <source>Choose a language under “Translating into” to translate the texts shown here.</source>
        <extracomment>The programme&apos;s languages by their own names (Qt would say &quot;American English&quot; for en). key -&gt; (source label, translation field, state label, &quot;keep&quot; button), in course order.</extracomment>
        <translation>សូម​ជ្រើស​ភាសា​មួយ​នៅ «កំពុង​បកប្រែ​ជា» ដើម្បី​បកប្រែ​អត្ថបទ​ដែល​បង្ហាញ​នៅ​ទីនេះ។</translation>
    </message>
    <message>
        <source>Left: %1, as the course says it now. Right: %2, yours to write.</source>
        <translation>ខាងឆ្វេង៖ %1 ដូចដែល​វគ្គសិក្សា​សរសេរ​ឥឡូវ។ ខាងស្ដាំ៖ %2 សម្រាប់​អ្នក​សរសេរ។</translation>
    </message>
    <message>
        <source>Nothing to translate here.</source>
        <translation>គ្មានអ្វី​ត្រូវ​បកប្រែ​នៅ​ទីនេះ​ទេ។</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>ទុកដដែល</translation>
    </message>
    <message>
        <source>The translation is still right: mark it up to date with the text on the left</source>
        <translation>ការបកប្រែ​នៅតែ​ត្រឹមត្រូវ៖ សម្គាល់ថា​វា​ទាន់សម័យ​ជាមួយ​អត្ថបទ​ខាងឆ្វេង</translation>
    </message>
    <message>
        <source>Block %1</source>
        <extracomment>Below this width the source goes above its translation rather than beside it.</extracomment>
        <translation>ប្លុកទី %1</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>សំណួរទី %1</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>ជម្រើសទី %1</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>គូទី %1</translation>
    </message>
    <message>
        <source>file shown in this language</source>
        <translation>ឯកសារ​ដែល​បង្ហាញ​ជា​ភាសា​នេះ</translation>
    </message>
    <message>
        <source>the same file as in the default language</source>
        <translation>ឯកសារ​ដូច​ក្នុង​ភាសា​លំនាំដើម</translation>
    </message>
    <message>
        <source>Not translated yet: trainees see the default language here.</source>
        <translation>មិនទាន់​បកប្រែ៖ សិក្ខាកាម​ឃើញ​ភាសា​លំនាំដើម​នៅ​ទីនេះ។</translation>
    </message>
    <message>
        <source>Stale: the text on the left changed after this was translated. Check it, then edit or confirm it.</source>
        <translation>ហួសសម័យ៖ អត្ថបទ​ខាងឆ្វេង​បាន​ប្ដូរ​ក្រោយពេល​បកប្រែ។ សូម​ពិនិត្យ រួច​កែ ឬ​បញ្ជាក់​វា។</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>បកប្រែជា %1</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Choose…</source>
        <extracomment>Built-in slide themes (as the exporter names them); &quot;template&quot; means the lecturer&apos;s own file. Offline package forms (as the exporter names them) and the file suffix each is written with.</extracomment>
        <translation>ជ្រើស…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>នាំចេញទៅ</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>សូម​ជ្រើស​កន្លែង​រក្សាទុក​ការនាំចេញ។</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ជាឯក​សារ មិនមែន​ថត​ទេ។</translation>
    </message>
    <message>
        <source>Replace the export?</source>
        <translation>ជំនួស​ការនាំចេញ​ឬ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 មាន​រួចហើយ។ ជំនួស​វា​ឬ?</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>បង្កើតថតឬ?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet. Create it and export there?</source>
        <translation>ថត %1 មិនទាន់​មាន​ទេ។ បង្កើត​វា ហើយ​នាំចេញ​ទៅ​ទីនោះ​ឬ?</translation>
    </message>
    <message>
        <source>Create the folder</source>
        <translation>បង្កើតថត</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>ជ្រើស​កន្លែង​ផ្សេង</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>ថត %1 មិនមានទេ។</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>មិន​អាចប​ង្កើត​ថត %1 បានទេ៖ %2</translation>
    </message>
</context>
<context>
    <name>blocks</name>
    <message>
        <source>This kind of block cannot be edited here yet.</source>
        <translation>ប្លុក​ប្រភេទ​នេះ​មិនទាន់​អាច​កែ​នៅ​ទីនេះ​បានទេ។</translation>
    </message>
</context>
<context>
    <name>browser_preview</name>
    <message>
        <source>Preparing the browser preview</source>
        <extracomment>Width and height of the frame, in CSS pixels: a common phone held upright.</extracomment>
        <translation>កំពុង​រៀបចំ​ការ​មើល​ជាមុន​ក្នុង​កម្មវិធី​រុករក</translation>
    </message>
    <message>
        <source>Opening the player</source>
        <translation>កំពុង​បើក​កម្មវិធី​ចាក់</translation>
    </message>
    <message>
        <source>No program found</source>
        <translation>រក​មិនឃើញ​កម្មវិធី</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. It is here: %1</source>
        <translation>គ្មាន​កម្មវិធី​ណា​លើ​កុំព្យូទ័រ​នេះ​បើក​ឯកសារ​ប្រភេទ​នេះ​បានទេ។ វា​នៅ​ទីនេះ៖ %1</translation>
    </message>
    <message>
        <source>Preview in &amp;browser</source>
        <translation>មើល​ជាមុន​ក្នុង​កម្មវិធី​រុករក(&amp;B)</translation>
    </message>
    <message>
        <source>Open this page in the web browser at phone width, where its questions can be tried</source>
        <translation>បើក​ទំព័រ​នេះ​ក្នុង​កម្មវិធី​រុករក​វេ​បតា​មទ​ទឹង​ទូរស័ព្ទ ដែល​អាច​សាកល្បង​សំណួរ​របស់​វា​បាន</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>មិន​អាច​មើល​ជាមុន​បានទេ</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ ចាក់</translation>
    </message>
    <message>
        <source>Play in the computer&apos;s own player</source>
        <translation>ចាក់​ក្នុង​កម្មវិធី​ចាក់​របស់​កុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation>មិនអាចចាក់បានទេ</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>Slide deck for the projector (.pptx)…</source>
        <extracomment>The kinds of export, in menu order: a slide deck, or an offline package in the form the dialog asks. The options dialog shown last (for tests and screenshots). The export the last accepted dialog started.</extracomment>
        <translation>ស្លាយ​សម្រាប់​ម៉ាស៊ីន​បញ្ចាំង (.pptx)…</translation>
    </message>
    <message>
        <source>Offline package for phones…</source>
        <translation>កញ្ចប់​ប្រើ​ក្រៅ​បណ្ដាញ​សម្រាប់​ទូរស័ព្ទ…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>កំពុងនាំចេញ %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>បាន​នាំចេញ %1 (%2)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>មិន​អាច​នាំចេញ​បានទេ</translation>
    </message>
</context>
<context>
    <name>find_replace</name>
    <message>
        <source>title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>ចំណងជើងរង</translation>
    </message>
    <message>
        <source>description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>speaker notes</source>
        <translation>កំណត់ចំណាំ​អ្នកបង្រៀន</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>គោលបំណង</translation>
    </message>
    <message>
        <source>question</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>មតិតប</translation>
    </message>
    <message>
        <source>feedback when right</source>
        <translation>មតិតបពេលត្រូវ</translation>
    </message>
    <message>
        <source>feedback when wrong</source>
        <translation>មតិតបពេលខុស</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>គន្លឹះ</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>អត្ថបទជំនួស</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>ពាក្យពន្យល់រូប</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>អត្ថបទ​ប្រតិចារឹក</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>ការណែនាំ</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>គូ</translation>
    </message>
    <message>
        <source>items</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <source>accepted answers</source>
        <translation>ចម្លើយដែលទទួលយក</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <source>scale label</source>
        <translation>ស្លាកមាត្រដ្ឋាន</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>role</source>
        <translation>តួនាទី</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>The interface will be in the language you chose the next time CourseBuilder starts. Close CourseBuilder and open it again to see it now; your work is kept.</source>
        <translation>ផ្ទាំង​កម្មវិធី​នឹង​ប្រើ​ភាសា​ដែល​អ្នក​បាន​ជ្រើស នៅពេល CourseBuilder ចាប់ផ្ដើម​លើកក្រោយ។ បិទ CourseBuilder ហើយ​បើក​ម្ដងទៀត ដើម្បី​ឃើញ​វា​ឥឡូវនេះ ការងារ​របស់​អ្នក​នៅ​រក្សាទុក។</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>ភាសា​ផ្ទាំង​កម្មវិធី</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1 នៅ​លើ %2 តាំងពី %3</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>Course cover</source>
        <translation>រូប​គម្រប​វគ្គសិក្សា</translation>
    </message>
    <message>
        <source>block</source>
        <translation>ប្លុក</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>វគ្គសិក្សា</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Untitled course</source>
        <extracomment>Recovery folders written by windows of this process that are still open.</extracomment>
        <translation>វគ្គសិក្សា​គ្មាន​ចំណងជើង</translation>
    </message>
    <message>
        <source>“%1”, last changed %2</source>
        <translation>«%1» ប្ដូរ​ចុងក្រោយ %2</translation>
    </message>
</context>
<context>
    <name>venue</name>
    <message>
        <source>%1 cannot be found; add the file again</source>
        <extracomment>A county-town venue: no reliable internet, packages passed on by messaging apps and USB sticks.</extracomment>
        <translation>រក​មិនឃើញ %1 ទេ សូម​បន្ថែម​ឯកសារ​ម្ដងទៀត</translation>
    </message>
    <message>
        <source>%1 is %2 MB, too large for trainees&apos; phones on a slow link (keep %3 files under %4 MB)</source>
        <translation>%1 មាន​ទំហំ %2 MB ធំ​ពេក​សម្រាប់​ទូរស័ព្ទ​សិក្ខាកាម​លើ​អ៊ីនធឺណិត​យឺត (រក្សា​ឯកសារ %3 ឲ្យ​ក្រោម %4 MB)</translation>
    </message>
    <message>
        <source>the media add up to %1 MB; over %2 MB is slow to share by phone or message</source>
        <translation>មេឌៀ​សរុប %1 MB លើស %2 MB គឺ​យឺត​ក្នុង​ការចែក​រំលែក​តាម​ទូរស័ព្ទ ឬសារ</translation>
    </message>
</context>
</TS>
