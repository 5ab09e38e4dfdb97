<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CourseBuilder</source>
        <translation>ກ່ຽວກັບ CourseBuilder</translation>
    </message>
    <message>
        <source>CourseBuilder builds portable training courses for phones, projectors and USB sticks.</source>
        <translation>CourseBuilder ສ້າງຫຼັກສູດຝຶກອົບຮົມທີ່ພົກພາໄປໃຊ້ໄດ້ທຸກບ່ອນ ສຳລັບໂທລະສັບ, ເຄື່ອງສາຍພາບ ແລະ USB.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>ສ່ວນປະກອບ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ເວີຊັນ</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>ໄຟລ໌ບັນທຶກເຫດການ: %1</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>ສຳເນົາຂໍ້ມູນວິເຄາະ</translation>
    </message>
    <message>
        <source>Copies versions, system, screens, folders and the last 200 log lines, to paste into a bug report.</source>
        <translation>ສຳເນົາເວີຊັນ, ລະບົບ, ໜ້າຈໍ, ໂຟນເດີ ແລະ ບັນທຶກເຫດການ 200 ແຖວສຸດທ້າຍ ເພື່ອວາງໃສ່ລາຍງານບັນຫາ.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>ສຳເນົາແລ້ວ</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <source>Quiz</source>
        <translation>ແບບທົດສອບ</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>ແບບສຳຫຼວດ</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>ປ່ຽນຫົວຂໍ້</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ຫົວຂໍ້(&amp;T):</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>ປ່ຽນຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ຄຳອະທິບາຍ(&amp;D):</translation>
    </message>
    <message>
        <source>Change pass mark</source>
        <translation>ປ່ຽນຄະແນນຜ່ານ</translation>
    </message>
    <message>
        <source>&amp;Pass mark:</source>
        <translation>ຄະແນນຜ່ານ(&amp;P):</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ບໍ່ຈຳກັດ</translation>
    </message>
    <message>
        <source>Change attempts</source>
        <translation>ປ່ຽນຈຳນວນເທື່ອທີ່ເຮັດໄດ້</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>ຈຳນວນເທື່ອ(&amp;A):</translation>
    </message>
    <message>
        <source>Shuffle the questions for each trainee</source>
        <translation>ສັບລຽງຄຳຖາມໃຫ້ຜູ້ຮຽນແຕ່ລະຄົນ</translation>
    </message>
    <message>
        <source>Change shuffle</source>
        <translation>ປ່ຽນການສັບລຽງ</translation>
    </message>
    <message>
        <source>Answers are anonymous</source>
        <translation>ຄຳຕອບບໍ່ລະບຸຊື່</translation>
    </message>
    <message>
        <source>Change anonymity</source>
        <translation>ປ່ຽນການບໍ່ລະບຸຊື່</translation>
    </message>
    <message>
        <source>Survey questions have no right or wrong answers; the answers are counted.</source>
        <translation>ຄຳຖາມສຳຫຼວດບໍ່ມີຄຳຕອບຖືກ ຫຼື ຜິດ; ຄຳຕອບຈະຖືກນັບ.</translation>
    </message>
</context>
<context>
    <name>ClassroomActions</name>
    <message>
        <source>&amp;Start classroom…</source>
        <translation>ເລີ່ມຫ້ອງຮຽນ(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>ຜົນການຮຽນ(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ClassroomController</name>
    <message>
        <source>Preparing the classroom</source>
        <extracomment>False once Stop was pressed: a phone copy finishing after that is thrown away, never served.</extracomment>
        <translation>ກຳລັງກະກຽມຫ້ອງຮຽນ</translation>
    </message>
</context>
<context>
    <name>ClassroomWindow</name>
    <message>
        <source>Classroom</source>
        <extracomment>After this long with no phone, the window explains what usually blocks them.</extracomment>
        <translation>ຫ້ອງຮຽນ</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>ອັດຕະໂນມັດ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>ທີ່ຢູ່ເຄືອຂ່າຍ</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ພອດ</translation>
    </message>
    <message>
        <source>PIN for results (optional)</source>
        <translation>ລະຫັດ PIN ສຳລັບຜົນການຮຽນ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Session label</source>
        <translation>ຊື່ຮອບຮຽນ</translation>
    </message>
    <message>
        <source>Start classroom</source>
        <translation>ເລີ່ມຫ້ອງຮຽນ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>ຢຸດ</translation>
    </message>
    <message>
        <source>A laptop&apos;s own hotspot holds only about 8 phones (Windows&apos; mobile hotspot allows 8). For a full room use Wi-Fi access points, on 5 GHz where phones support it; phones must be on the same network as this computer.</source>
        <translation>ຮັອດສະປອດຂອງຄອມພິວເຕີໂນດບຸກຮັບໄດ້ພຽງປະມານ 8 ໂທລະສັບ (ຮັອດສະປອດມືຖືຂອງ Windows ອະນຸຍາດ 8). ສຳລັບຫ້ອງທີ່ເຕັມ ໃຫ້ໃຊ້ຈຸດເຊື່ອມຕໍ່ Wi-Fi ຢູ່ 5 GHz ຖ້າໂທລະສັບຮອງຮັບ; ໂທລະສັບຕ້ອງຢູ່ໃນເຄືອຂ່າຍດຽວກັນກັບຄອມພິວເຕີນີ້.</translation>
    </message>
    <message>
        <source>No phone has connected after a minute. Check that the phones are on the same Wi-Fi as this computer with mobile data off, that the firewall allows CourseBuilder (on Windows: a Private network, not Public), and that the Wi-Fi does not keep devices apart (guest or client isolation).</source>
        <translation>ຜ່ານໄປໜຶ່ງນາທີແລ້ວ ຍັງບໍ່ມີໂທລະສັບເຊື່ອມຕໍ່. ກວດເບິ່ງວ່າໂທລະສັບຢູ່ໃນ Wi-Fi ດຽວກັນກັບຄອມພິວເຕີນີ້ ແລະ ປິດອິນເຕີເນັດມືຖືແລ້ວ, ວ່າໄຟວໍອະນຸຍາດ CourseBuilder (ໃນ Windows: ເຄືອຂ່າຍສ່ວນຕົວ, ບໍ່ແມ່ນສາທາລະນະ), ແລະ ວ່າ Wi-Fi ບໍ່ໄດ້ແຍກອຸປະກອນອອກຈາກກັນ (ການແຍກແຂກ ຫຼື ລູກຂ່າຍ).</translation>
    </message>
    <message>
        <source>Show join slide full screen</source>
        <translation>ສະແດງສະໄລ້ເຂົ້າຮ່ວມເຕັມຈໍ</translation>
    </message>
    <message>
        <source>Save join slide as PNG…</source>
        <translation>ບັນທຶກສະໄລ້ເຂົ້າຮ່ວມເປັນ PNG…</translation>
    </message>
    <message>
        <source>Save join slide as SVG…</source>
        <translation>ບັນທຶກສະໄລ້ເຂົ້າຮ່ວມເປັນ SVG…</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>ຜົນການຮຽນ…</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only)</source>
        <translation>127.0.0.1 (ສະເພາະຄອມພິວເຕີນີ້)</translation>
    </message>
    <message>
        <source>The PIN must be 3 to 12 digits.</source>
        <translation>ລະຫັດ PIN ຕ້ອງມີ 3 ຫາ 12 ຕົວເລກ.</translation>
    </message>
    <message>
        <source>Preparing the phone copy of the course…</source>
        <translation>ກຳລັງກະກຽມສຳເນົາຫຼັກສູດສຳລັບໂທລະສັບ…</translation>
    </message>
    <message>
        <source>The classroom could not start: %1</source>
        <translation>ຫ້ອງຮຽນເລີ່ມບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>Stopped. The results are kept; open Results… to see them.</source>
        <translation>ຢຸດແລ້ວ. ຜົນການຮຽນຍັງເກັບໄວ້; ເປີດ ຜົນການຮຽນ… ເພື່ອເບິ່ງ.</translation>
    </message>
    <message>
        <source>Phones in the last 2 minutes: %1
Results this session: %2</source>
        <translation>ໂທລະສັບໃນ 2 ນາທີຜ່ານມາ: %1
ຜົນການຮຽນຮອບນີ້: %2</translation>
    </message>
    <message>
        <source>Save join slide</source>
        <translation>ບັນທຶກສະໄລ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>ຮູບ PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>ຂຽນ %1 ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>ຮູບ SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>ClipboardActions</name>
    <message>
        <source>Cu&amp;t</source>
        <extracomment>The clipboard format of a fragment; bundle/fragment.py says the same (imported late: it loads Pillow). Widgets whose own Cut, Copy and Paste work on text rather than on course objects. The last object list the lecturer worked in (outline, block list or a question list).</extracomment>
        <translation>ຕັດ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ສຳເນົາ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ວາງ(&amp;P)</translation>
    </message>
    <message>
        <source>Select a module, lesson, block or question to copy.</source>
        <translation>ເລືອກໂມດູນ, ບົດຮຽນ, ບລັອກ ຫຼື ຄຳຖາມ ເພື່ອສຳເນົາ.</translation>
    </message>
    <message>
        <source>Cannot copy: %1</source>
        <translation>ສຳເນົາບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>ກຳລັງສຳເນົາ</translation>
    </message>
    <message>
        <source>Copied to the clipboard; paste it here or in another course.</source>
        <translation>ສຳເນົາໃສ່ຄລິບບອດແລ້ວ; ວາງໄດ້ຢູ່ນີ້ ຫຼື ໃນຫຼັກສູດອື່ນ.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>ຕັດ</translation>
    </message>
    <message>
        <source>The clipboard holds no modules, lessons, blocks or questions to paste.</source>
        <translation>ຄລິບບອດບໍ່ມີໂມດູນ, ບົດຮຽນ, ບລັອກ ຫຼື ຄຳຖາມໃຫ້ວາງ.</translation>
    </message>
    <message>
        <source>Pasting</source>
        <translation>ກຳລັງວາງ</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>ວາງບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>ວາງ</translation>
    </message>
    <message>
        <source>Add a module first: lessons, quizzes and surveys are pasted into a module.</source>
        <translation>ເພີ່ມໂມດູນກ່ອນ: ບົດຮຽນ, ແບບທົດສອບ ແລະ ແບບສຳຫຼວດ ຈະຖືກວາງໃສ່ໃນໂມດູນ.</translation>
    </message>
    <message>
        <source>Select a lesson in the outline to paste blocks into it.</source>
        <translation>ເລືອກບົດຮຽນໃນໂຄງຮ່າງ ເພື່ອວາງບລັອກໃສ່.</translation>
    </message>
    <message>
        <source>Select a quiz, a survey or an exercise to paste questions into it.</source>
        <translation>ເລືອກແບບທົດສອບ, ແບບສຳຫຼວດ ຫຼື ແບບຝຶກຫັດ ເພື່ອວາງຄຳຖາມໃສ່.</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>Course properties</source>
        <translation>ຄຸນສົມບັດຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Change course title</source>
        <translation>ປ່ຽນຊື່ຫຼັກສູດ</translation>
    </message>
    <message>
        <source>What trainees will see as the course name</source>
        <translation>ຊື່ຫຼັກສູດທີ່ຜູ້ຮຽນຈະເຫັນ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ຫົວຂໍ້(&amp;T):</translation>
    </message>
    <message>
        <source>Change subtitle</source>
        <translation>ປ່ຽນຫົວຂໍ້ຍ່ອຍ</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>ຫົວຂໍ້ຍ່ອຍ(&amp;S):</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>ປ່ຽນພາສາ</translation>
    </message>
    <message>
        <source>Language tag of the main language, such as en or zh-Hans</source>
        <translation>ລະຫັດຂອງພາສາຫຼັກ ເຊັ່ນ en ຫຼື zh-Hans</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ພາສາ(&amp;L):</translation>
    </message>
    <message>
        <source>Change licence</source>
        <translation>ປ່ຽນໃບອະນຸຍາດ</translation>
    </message>
    <message>
        <source>L&amp;icence:</source>
        <translation>ໃບອະນຸຍາດ(&amp;I):</translation>
    </message>
    <message>
        <source>Change version</source>
        <translation>ປ່ຽນເວີຊັນ</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>ເວີຊັນ(&amp;V):</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>ປ່ຽນຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ຄຳອະທິບາຍ(&amp;D):</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>ເພີ່ມຮູບພາບ…</translation>
    </message>
    <message>
        <source>Cover:</source>
        <translation>ໜ້າປົກ:</translation>
    </message>
    <message>
        <source>Change cover</source>
        <translation>ປ່ຽນໜ້າປົກ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>ເພີ່ມຜູ້ຂຽນ</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>ລຶບຜູ້ຂຽນ</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>ຜູ້ຂຽນ:</translation>
    </message>
    <message>
        <source>(no cover)</source>
        <translation>(ບໍ່ມີໜ້າປົກ)</translation>
    </message>
    <message>
        <source>Change authors</source>
        <translation>ປ່ຽນຜູ້ຂຽນ</translation>
    </message>
    <message>
        <source>New author</source>
        <translation>ຜູ້ຂຽນໃໝ່</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop picture</source>
        <translation>ຕັດຮູບພາບ</translation>
    </message>
    <message>
        <source>Drag over the picture to choose the part to keep. The file itself is not changed.</source>
        <translation>ລາກເທິງຮູບພາບ ເພື່ອເລືອກສ່ວນທີ່ຈະເກັບໄວ້. ໄຟລ໌ເດີມບໍ່ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Whole picture</source>
        <translation>ຮູບພາບທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Adding media</source>
        <extracomment>Write the recovery copy this long after the last change (typing restarts the wait)... ...but never let changes go unwritten for longer than this while the lecturer keeps typing. When the oldest change not yet in the recovery copy was made (None: all written). A sample course opened as a template: saving must ask where, never overwrite the sample.</extracomment>
        <translation>ກຳລັງເພີ່ມສື່</translation>
    </message>
    <message>
        <source>Add media</source>
        <translation>ເພີ່ມສື່</translation>
    </message>
    <message numerus="yes">
        <source>Add %n media file(s)</source>
        <translation>
            <numerusform>ເພີ່ມໄຟລ໌ສື່ %n ໄຟລ໌</numerusform>
            <numerusform>ເພີ່ມໄຟລ໌ສື່ %n ໄຟລ໌</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>ກຳລັງບັນທຶກ</translation>
    </message>
    <message>
        <source>Writing a recovery copy</source>
        <translation>ກຳລັງຂຽນສຳເນົາກູ້ຄືນ</translation>
    </message>
</context>
<context>
    <name>ExerciseBlockEditor</name>
    <message>
        <source>Change exercise title</source>
        <translation>ປ່ຽນຫົວຂໍ້ແບບຝຶກຫັດ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ຫົວຂໍ້(&amp;T):</translation>
    </message>
    <message>
        <source>Change instructions</source>
        <translation>ປ່ຽນຄຳແນະນຳ</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>ຄຳແນະນຳ(&amp;I):</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Export for translator</source>
        <translation>ສົ່ງອອກໃຫ້ຜູ້ແປ</translation>
    </message>
    <message>
        <source>Spreadsheet (.xlsx): Excel, LibreOffice, WPS</source>
        <translation>ຕາຕະລາງ (.xlsx): Excel, LibreOffice, WPS</translation>
    </message>
    <message>
        <source>XLIFF 2.0 (.xlf): translation tools</source>
        <translation>XLIFF 2.0 (.xlf): ໂປຣແກຣມແປພາສາ</translation>
    </message>
    <message>
        <source>CSV (.csv): any spreadsheet</source>
        <translation>CSV (.csv): ໂປຣແກຣມຕາຕະລາງໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>Each row has a text&apos;s place, the default language&apos;s words and an empty column for the translation. Send the file back when it is filled in and import it.</source>
        <translation>ແຕ່ລະແຖວມີບ່ອນຂອງຂໍ້ຄວາມ, ຄຳໃນພາສາຫຼັກ ແລະ ຖັນຫວ່າງສຳລັບຄຳແປ. ເມື່ອຕື່ມແລ້ວ ໃຫ້ສົ່ງໄຟລ໌ກັບມາ ແລະ ນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ພາສາ:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ໄຟລ໌:</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>Export finished</source>
        <translation>ສົ່ງອອກສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>“%1” is ready (%2).
It is in the folder %3</source>
        <translation>“%1” ພ້ອມແລ້ວ (%2).
ມັນຢູ່ໃນໂຟນເດີ %3</translation>
    </message>
    <message>
        <source>Worth checking before class:</source>
        <translation>ຄວນກວດເບິ່ງກ່ອນເຂົ້າຮຽນ:</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>ເປີດໄຟລ໌</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>ສະແດງໃນໂຟນເດີ</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>ເປີດໂຟນເດີ</translation>
    </message>
</context>
<context>
    <name>FindActions</name>
    <message>
        <source>&amp;Find and replace…</source>
        <translation>ຊອກຫາ ແລະ ແທນທີ່(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and replace</source>
        <translation>ຊອກຫາ ແລະ ແທນທີ່</translation>
    </message>
    <message>
        <source>Words to find in titles, texts, questions, choices and notes</source>
        <translation>ຄຳທີ່ຈະຊອກໃນຫົວຂໍ້, ຂໍ້ຄວາມ, ຄຳຖາມ, ຕົວເລືອກ ແລະ ບັນທຶກ</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>ຕົວພິມໃຫຍ່-ນ້ອຍກົງກັນ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words only</source>
        <translation>ສະເພາະຄຳເຕັມ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>ຊອກຫາ(&amp;F):</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>ແທນທີ່ດ້ວຍ(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ແທນທີ່(&amp;R)</translation>
    </message>
    <message>
        <source>Replace the selected occurrence</source>
        <translation>ແທນທີ່ບ່ອນທີ່ເລືອກໄວ້</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>ແທນທີ່ທັງໝົດ(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>ພົບ %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>ບໍ່ພົບ</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>ແທນທີ່</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>ແທນທີ່ທັງໝົດ</translation>
    </message>
    <message>
        <source>Replaced %1 occurrences.</source>
        <translation>ແທນທີ່ແລ້ວ %1 ບ່ອນ.</translation>
    </message>
</context>
<context>
    <name>FramingButtons</name>
    <message>
        <source>Turn left</source>
        <translation>ໝຸນໄປຊ້າຍ</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>ໝຸນໄປຂວາ</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>ຕັດ…</translation>
    </message>
    <message>
        <source>As taken</source>
        <translation>ຕາມທີ່ຖ່າຍ</translation>
    </message>
    <message>
        <source>Show the whole picture, not turned</source>
        <translation>ສະແດງຮູບພາບທັງໝົດ, ບໍ່ໝຸນ</translation>
    </message>
    <message>
        <source>Turn picture</source>
        <translation>ໝຸນຮູບພາບ</translation>
    </message>
    <message>
        <source>Show the whole picture</source>
        <translation>ສະແດງຮູບພາບທັງໝົດ</translation>
    </message>
    <message>
        <source>Crop picture</source>
        <translation>ຕັດຮູບພາບ</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>PowerPoint deck…</source>
        <extracomment>The kinds of import, in menu order. The dialog listing what the last import could not carry over (for tests and screenshots). The status-bar line saying what the finished import added.</extracomment>
        <translation>ສະໄລ້ PowerPoint…</translation>
    </message>
    <message>
        <source>Markdown folder…</source>
        <translation>ໂຟນເດີ Markdown…</translation>
    </message>
    <message>
        <source>GIFT question bank…</source>
        <translation>ຄັງຄຳຖາມ GIFT…</translation>
    </message>
    <message>
        <source>Photos from a folder…</source>
        <translation>ຮູບຖ່າຍຈາກໂຟນເດີ…</translation>
    </message>
    <message>
        <source>Choose a lesson first</source>
        <translation>ເລືອກບົດຮຽນກ່ອນ</translation>
    </message>
    <message>
        <source>Select the lesson the photos should go into in the outline, then import them.</source>
        <translation>ເລືອກບົດຮຽນໃນໂຄງຮ່າງທີ່ຈະໃສ່ຮູບຖ່າຍ, ແລ້ວຈຶ່ງນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Import a PowerPoint deck</source>
        <translation>ນຳເຂົ້າສະໄລ້ PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint decks (*.pptx);;All files (*)</source>
        <translation>ສະໄລ້ PowerPoint (*.pptx);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Import a GIFT question bank</source>
        <translation>ນຳເຂົ້າຄັງຄຳຖາມ GIFT</translation>
    </message>
    <message>
        <source>GIFT question banks (*.gift *.txt);;All files (*)</source>
        <translation>ຄັງຄຳຖາມ GIFT (*.gift *.txt);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Import a folder of Markdown notes</source>
        <translation>ນຳເຂົ້າໂຟນເດີບັນທຶກ Markdown</translation>
    </message>
    <message>
        <source>Import photos from a folder</source>
        <translation>ນຳເຂົ້າຮູບຖ່າຍຈາກໂຟນເດີ</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>ກຳລັງນຳເຂົ້າ %1</translation>
    </message>
    <message>
        <source>Importing photos from %1</source>
        <translation>ກຳລັງນຳເຂົ້າຮູບຖ່າຍຈາກ %1</translation>
    </message>
    <message>
        <source>Import deck “%1”</source>
        <translation>ນຳເຂົ້າສະໄລ້ “%1”</translation>
    </message>
    <message>
        <source>Import Markdown folder “%1”</source>
        <translation>ນຳເຂົ້າໂຟນເດີ Markdown “%1”</translation>
    </message>
    <message>
        <source>Import questions “%1”</source>
        <translation>ນຳເຂົ້າຄຳຖາມ “%1”</translation>
    </message>
    <message>
        <source>Import photos from “%1”</source>
        <translation>ນຳເຂົ້າຮູບຖ່າຍຈາກ “%1”</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>ນຳເຂົ້າບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>%1 was not imported; the course is unchanged.
%2</source>
        <translation>%1 ບໍ່ໄດ້ຖືກນຳເຂົ້າ; ຫຼັກສູດບໍ່ປ່ຽນແປງ.
%2</translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>ນຳເຂົ້າຈາກ %1: %2</translation>
    </message>
    <message>
        <source>1 module</source>
        <translation>1 ໂມດູນ</translation>
    </message>
    <message>
        <source>%1 modules</source>
        <translation>%1 ໂມດູນ</translation>
    </message>
    <message>
        <source>1 lesson</source>
        <translation>1 ບົດຮຽນ</translation>
    </message>
    <message>
        <source>%1 lessons</source>
        <translation>%1 ບົດຮຽນ</translation>
    </message>
    <message>
        <source>1 quiz</source>
        <translation>1 ແບບທົດສອບ</translation>
    </message>
    <message>
        <source>%1 quizzes</source>
        <translation>%1 ແບບທົດສອບ</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 ຄຳຖາມ</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 ຄຳຖາມ</translation>
    </message>
    <message>
        <source>1 picture</source>
        <translation>1 ຮູບ</translation>
    </message>
    <message>
        <source>%1 pictures</source>
        <translation>%1 ຮູບ</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>ບໍ່ມີຫຍັງໃໝ່</translation>
    </message>
</context>
<context>
    <name>ImportNotesDialog</name>
    <message>
        <source>Imported “%1”</source>
        <translation>ນຳເຂົ້າ “%1” ແລ້ວ</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>ເພີ່ມແລ້ວ: %1.</translation>
    </message>
    <message>
        <source>These parts could not be carried over exactly. Check them in the course:</source>
        <translation>ສ່ວນເຫຼົ່ານີ້ບໍ່ສາມາດນຳມາໄດ້ຄືເດີມທັງໝົດ. ກວດເບິ່ງພວກມັນໃນຫຼັກສູດ:</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Translations imported</source>
        <translation>ນຳເຂົ້າຄຳແປແລ້ວ</translation>
    </message>
    <message>
        <source>%1: %2 changed, %3 unchanged, %4 still missing, %5 stale, %6 not in this course.</source>
        <translation>%1: ປ່ຽນ %2, ບໍ່ປ່ຽນ %3, ຍັງບໍ່ແປ %4, ລ້າສະໄໝ %5, ບໍ່ຢູ່ໃນຫຼັກສູດນີ້ %6.</translation>
    </message>
    <message>
        <source>Stale (the text changed after the file was made; applied, marked for checking)</source>
        <translation>ລ້າສະໄໝ (ຂໍ້ຄວາມປ່ຽນຫຼັງຈາກສ້າງໄຟລ໌; ນຳໃຊ້ແລ້ວ, ໝາຍໃຫ້ກວດເບິ່ງ)</translation>
    </message>
    <message>
        <source>Not applied: the course has a newer translation</source>
        <translation>ບໍ່ໄດ້ນຳໃຊ້: ຫຼັກສູດມີຄຳແປໃໝ່ກວ່າ</translation>
    </message>
    <message>
        <source>Not in this course</source>
        <translation>ບໍ່ຢູ່ໃນຫຼັກສູດນີ້</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>ຍັງບໍ່ແປ</translation>
    </message>
</context>
<context>
    <name>LanguagesDialog</name>
    <message>
        <source>Course languages</source>
        <extracomment>Languages offered first (the programme&apos;s); any other BCP 47 tag can be typed.</extracomment>
        <translation>ພາສາຂອງຫຼັກສູດ</translation>
    </message>
    <message>
        <source>The default language is the one the course is written in (Course properties › Language); it always comes first. Texts in the other languages are written under “Translating into”.</source>
        <translation>ພາສາຫຼັກແມ່ນພາສາທີ່ໃຊ້ຂຽນຫຼັກສູດ (ຄຸນສົມບັດຫຼັກສູດ › ພາສາ); ມັນຢູ່ທຳອິດສະເໝີ. ຂໍ້ຄວາມໃນພາສາອື່ນຂຽນຢູ່ໃນ “ກຳລັງແປເປັນ”.</translation>
    </message>
    <message>
        <source>A language tag such as km, lo, zh-Hans or en</source>
        <translation>ລະຫັດພາສາ ເຊັ່ນ km, lo, zh-Hans ຫຼື en</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ເພີ່ມ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ລຶບອອກ</translation>
    </message>
    <message>
        <source>Removing a language drops its translations (undo brings them back)</source>
        <translation>ການລຶບພາສາຈະລຶບຄຳແປຂອງມັນນຳ (ຍ້ອນກັບຈະນຳຄືນມາ)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ຂຶ້ນ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ລົງ</translation>
    </message>
    <message>
        <source>%1 — default language</source>
        <translation>%1 — ພາສາຫຼັກ</translation>
    </message>
    <message>
        <source>“%1” is not a language tag; use one like km, lo, zh-Hans or en.</source>
        <translation>“%1” ບໍ່ແມ່ນລະຫັດພາສາ; ໃຫ້ໃຊ້ລະຫັດເຊັ່ນ km, lo, zh-Hans ຫຼື en.</translation>
    </message>
    <message>
        <source>%1 is already one of the course&apos;s languages.</source>
        <translation>%1 ເປັນພາສາໜຶ່ງຂອງຫຼັກສູດແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Lesson</source>
        <extracomment>What a list view puts in the drag data when one of its own rows is dragged.</extracomment>
        <translation>ບົດຮຽນ</translation>
    </message>
    <message>
        <source>Preview as trainee</source>
        <translation>ເບິ່ງຕົວຢ່າງແບບຜູ້ຮຽນ</translation>
    </message>
    <message>
        <source>Change lesson title</source>
        <translation>ປ່ຽນຫົວຂໍ້ບົດຮຽນ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ຫົວຂໍ້(&amp;T):</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>ເນື້ອໃນ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> ນາທີ</translation>
    </message>
    <message>
        <source>Change minutes</source>
        <translation>ປ່ຽນຈຳນວນນາທີ</translation>
    </message>
    <message>
        <source>&amp;Estimated time:</source>
        <translation>ເວລາໂດຍປະມານ(&amp;E):</translation>
    </message>
    <message>
        <source>One objective per line: after this lesson trainees can…</source>
        <translation>ຈຸດປະສົງໜຶ່ງຕໍ່ແຖວ: ຫຼັງບົດຮຽນນີ້ ຜູ້ຮຽນສາມາດ…</translation>
    </message>
    <message>
        <source>Change objectives</source>
        <translation>ປ່ຽນຈຸດປະສົງ</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>ຈຸດປະສົງ(&amp;O):</translation>
    </message>
    <message>
        <source>Speaker notes: what to say and do in class (not shown to trainees)</source>
        <translation>ບັນທຶກຜູ້ສອນ: ສິ່ງທີ່ຈະເວົ້າ ແລະ ເຮັດໃນຫ້ອງ (ບໍ່ສະແດງໃຫ້ຜູ້ຮຽນ)</translation>
    </message>
    <message>
        <source>Change speaker notes</source>
        <translation>ປ່ຽນບັນທຶກຜູ້ສອນ</translation>
    </message>
    <message>
        <source>Speaker &amp;notes:</source>
        <translation>ບັນທຶກຜູ້ສອນ(&amp;N):</translation>
    </message>
    <message>
        <source>Objectives and notes</source>
        <translation>ຈຸດປະສົງ ແລະ ບັນທຶກ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>ຮູບພາບ</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>ສຽງ</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>ວິດີໂອ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>ແບບຝຶກຫັດ</translation>
    </message>
    <message>
        <source>Add a block of this kind after the selected one</source>
        <translation>ເພີ່ມບລັອກປະເພດນີ້ຕໍ່ຈາກບລັອກທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ລຶບອອກ</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ຂຶ້ນ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ລົງ</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n ຄຳຖາມ</numerusform>
            <numerusform>%n ຄຳຖາມ</numerusform>
        </translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>ເພີ່ມບລັອກ</translation>
    </message>
    <message>
        <source>Remove block</source>
        <translation>ລຶບບລັອກ</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>ຍ້າຍບລັອກ</translation>
    </message>
    <message numerus="yes">
        <source>Add %n dropped file(s)</source>
        <translation>
            <numerusform>ເພີ່ມໄຟລ໌ທີ່ລາກມາວາງ %n ໄຟລ໌</numerusform>
            <numerusform>ເພີ່ມໄຟລ໌ທີ່ລາກມາວາງ %n ໄຟລ໌</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outline</source>
        <extracomment>The course, module and item above the shown object, nearest last: where to go if it is removed.</extracomment>
        <translation>ໂຄງຮ່າງ</translation>
    </message>
    <message>
        <source>Media library</source>
        <translation>ຄັງສື່</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Below this window width the media library shares the outline&apos;s place (as a tab) so the editor keeps its width.</extracomment>
        <translation>ໄຟລ໌(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New course</source>
        <translation>ຫຼັກສູດໃໝ່(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>ເປີດ(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>ເປີດໂຟນເດີ(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>ເປີດລ່າສຸດ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ບັນທຶກ(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>ບັນທຶກເປັນ(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;media files…</source>
        <translation>ເພີ່ມໄຟລ໌ສື່(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ນຳເຂົ້າ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ສົ່ງອອກ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Close course</source>
        <translation>ປິດຫຼັກສູດ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ອອກ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ແກ້ໄຂ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍ້ອນກັບ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຊ້ຳ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>ຫຼັກສູດ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ມຸມມອງ(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview as trainee</source>
        <translation>ເບິ່ງຕົວຢ່າງແບບຜູ້ຮຽນ(&amp;P)</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>ພາສາຂອງໂປຣແກຣມ(&amp;L)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>ຕາມລະບົບ</translation>
    </message>
    <message>
        <source>C&amp;lassroom</source>
        <translation>ຫ້ອງຮຽນ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ຊ່ວຍເຫຼືອ(&amp;H)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>ຄູ່ມືການໃຊ້(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About CourseBuilder</source>
        <translation>ກ່ຽວກັບ CourseBuilder(&amp;A)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ຍັງບໍ່ມີ)</translation>
    </message>
    <message>
        <source>Cannot open the user guide</source>
        <translation>ເປີດຄູ່ມືການໃຊ້ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>CourseBuilder</source>
        <translation>CourseBuilder</translation>
    </message>
    <message>
        <source>Untitled course</source>
        <translation>ຫຼັກສູດບໍ່ມີຊື່</translation>
    </message>
    <message>
        <source>Not changed: “%1” edits something no longer in the course.</source>
        <translation>ບໍ່ໄດ້ປ່ຽນ: “%1” ແກ້ໄຂສິ່ງທີ່ບໍ່ມີໃນຫຼັກສູດແລ້ວ.</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>ຫຼັກສູດໃໝ່</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>ໂມດູນ 1</translation>
    </message>
    <message>
        <source>Lesson 1</source>
        <translation>ບົດຮຽນ 1</translation>
    </message>
    <message>
        <source>Open a course</source>
        <translation>ເປີດຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Course bundles (*%1);;All files (*)</source>
        <translation>ຊຸດຫຼັກສູດ (*%1);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Open a course folder</source>
        <translation>ເປີດໂຟນເດີຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Course already open</source>
        <translation>ຫຼັກສູດເປີດຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <source>“%1” is already open in another CourseBuilder window (%2). If both save, one loses the other&apos;s changes.

Open it here anyway?</source>
        <translation>“%1” ເປີດຢູ່ແລ້ວໃນໜ້າຕ່າງ CourseBuilder ອື່ນ (%2). ຖ້າທັງສອງບັນທຶກ, ຝ່າຍໜຶ່ງຈະເສຍການແກ້ໄຂຂອງອີກຝ່າຍ.

ຍັງຈະເປີດຢູ່ນີ້ບໍ?</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>ກຳລັງເປີດ %1</translation>
    </message>
    <message>
        <source>Cannot open the course</source>
        <translation>ເປີດຫຼັກສູດບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>ກູ້ຄືນວຽກທີ່ຍັງບໍ່ໄດ້ບັນທຶກບໍ?</translation>
    </message>
    <message>
        <source>CourseBuilder closed without saving %1. Restore it?</source>
        <translation>CourseBuilder ປິດໄປໂດຍບໍ່ໄດ້ບັນທຶກ %1. ກູ້ຄືນບໍ?</translation>
    </message>
    <message>
        <source>Restore my changes</source>
        <translation>ກູ້ຄືນການແກ້ໄຂຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>ຖິ້ມພວກມັນ</translation>
    </message>
    <message>
        <source>Decide at the next start</source>
        <translation>ຕັດສິນໃຈເມື່ອເປີດເທື່ອໜ້າ</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>ກູ້ຄືນບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Course open elsewhere</source>
        <translation>ຫຼັກສູດເປີດຢູ່ບ່ອນອື່ນ</translation>
    </message>
    <message>
        <source>“%1” is also open in another CourseBuilder window (%2). Saving here replaces whatever is saved there.

Save a copy under a new name instead?</source>
        <translation>“%1” ກໍເປີດຢູ່ໃນໜ້າຕ່າງ CourseBuilder ອື່ນ (%2). ການບັນທຶກຢູ່ນີ້ຈະແທນທີ່ສິ່ງທີ່ບັນທຶກຢູ່ຫັ້ນ.

ບັນທຶກສຳເນົາດ້ວຍຊື່ໃໝ່ແທນບໍ?</translation>
    </message>
    <message>
        <source>Save course as</source>
        <translation>ບັນທຶກຫຼັກສູດເປັນ</translation>
    </message>
    <message>
        <source>Course bundles (*%1)</source>
        <translation>ຊຸດຫຼັກສູດ (*%1)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>ບັນທຶກບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>ບັນທຶກການແກ້ໄຂບໍ?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1” ມີການແກ້ໄຂທີ່ຍັງບໍ່ໄດ້ບັນທຶກ. ບັນທຶກກ່ອນບໍ?</translation>
    </message>
    <message>
        <source>Add media files</source>
        <translation>ເພີ່ມໄຟລ໌ສື່</translation>
    </message>
    <message>
        <source>Pictures, sound, video and documents (*.jpg *.jpeg *.png *.webp *.gif *.mp3 *.m4a *.ogg *.wav *.mp4 *.webm *.pdf);;All files (*)</source>
        <translation>ຮູບພາບ, ສຽງ, ວິດີໂອ ແລະ ເອກະສານ (*.jpg *.jpeg *.png *.webp *.gif *.mp3 *.m4a *.ogg *.wav *.mp4 *.webm *.pdf);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: ຍົກເລີກແລ້ວ</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: ສຳເລັດ</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ຂໍ້ຜິດພາດ</numerusform>
            <numerusform>%n ຂໍ້ຜິດພາດ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ຄຳເຕືອນ</numerusform>
            <numerusform>%n ຄຳເຕືອນ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkdownToolbar</name>
    <message>
        <source>B</source>
        <translation>ໜາ</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>ຕົວໜາ (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>ອຽງ</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>ຕົວອຽງ (Ctrl+I)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Make the line a heading</source>
        <translation>ເຮັດໃຫ້ແຖວນີ້ເປັນຫົວຂໍ້</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• ລາຍການ</translation>
    </message>
    <message>
        <source>Make the lines a list</source>
        <translation>ເຮັດໃຫ້ແຖວເຫຼົ່ານີ້ເປັນລາຍການ</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. ລຳດັບ</translation>
    </message>
    <message>
        <source>Make the lines a numbered list</source>
        <translation>ເຮັດໃຫ້ແຖວເຫຼົ່ານີ້ເປັນລາຍການມີເລກລຳດັບ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>ລິ້ງ</translation>
    </message>
    <message>
        <source>Make the words a link (Ctrl+K)</source>
        <translation>ເຮັດໃຫ້ຄຳເຫຼົ່ານີ້ເປັນລິ້ງ (Ctrl+K)</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>ຮູບພາບ…</translation>
    </message>
    <message>
        <source>Add a picture after this text</source>
        <translation>ເພີ່ມຮູບພາບຕໍ່ຈາກຂໍ້ຄວາມນີ້</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>ຂໍ້ຄວາມຕົວໜາ</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>ຂໍ້ຄວາມຕົວອຽງ</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>ຂໍ້ຄວາມລິ້ງ</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>ເພີ່ມຮູບພາບ</translation>
    </message>
</context>
<context>
    <name>MediaBlockEditor</name>
    <message>
        <source>Choose file</source>
        <translation>ເລືອກໄຟລ໌</translation>
    </message>
    <message>
        <source>Add from disk…</source>
        <translation>ເພີ່ມຈາກດິສກ໌…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ໄຟລ໌:</translation>
    </message>
    <message>
        <source>Drop a file here</source>
        <translation>ລາກໄຟລ໌ມາວາງຢູ່ນີ້</translation>
    </message>
    <message>
        <source>Change alt text</source>
        <translation>ປ່ຽນຂໍ້ຄວາມແທນຮູບ</translation>
    </message>
    <message>
        <source>Describe the picture for trainees who cannot see it</source>
        <translation>ອະທິບາຍຮູບພາບໃຫ້ຜູ້ຮຽນທີ່ເບິ່ງບໍ່ເຫັນ</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>ຂໍ້ຄວາມແທນຮູບ(&amp;A):</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>ຮູບພາບ:</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>ປ່ຽນຫົວຂໍ້</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ຫົວຂໍ້(&amp;T):</translation>
    </message>
    <message>
        <source>Change transcript</source>
        <translation>ປ່ຽນບົດຖອດຄວາມ</translation>
    </message>
    <message>
        <source>T&amp;ranscript:</source>
        <translation>ບົດຖອດຄວາມ(&amp;R):</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>ປ່ຽນຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ຄຳອະທິບາຍ(&amp;D):</translation>
    </message>
    <message>
        <source>Change caption</source>
        <translation>ປ່ຽນຄຳບັນຍາຍຮູບ</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>ຄຳບັນຍາຍຮູບ(&amp;C):</translation>
    </message>
    <message>
        <source>Change credit</source>
        <translation>ປ່ຽນທີ່ມາ</translation>
    </message>
    <message>
        <source>Who made it, and the licence</source>
        <translation>ຜູ້ສ້າງ ແລະ ໃບອະນຸຍາດ</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>ທີ່ມາ(&amp;R):</translation>
    </message>
    <message>
        <source>(choose a file)</source>
        <translation>(ເລືອກໄຟລ໌)</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one above</source>
        <translation>ລາກໄຟລ໌ມາວາງຢູ່ນີ້ ຫຼື ເລືອກຈາກດ້ານເທິງ</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <source>Add files…</source>
        <extracomment>Drag data naming one media path of the open course (dropped on a lesson&apos;s block list).</extracomment>
        <translation>ເພີ່ມໄຟລ໌…</translation>
    </message>
    <message>
        <source>Remove unused</source>
        <translation>ລຶບທີ່ບໍ່ໄດ້ໃຊ້</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>ບໍ່ໄດ້ໃຊ້</translation>
    </message>
    <message>
        <source>used once</source>
        <translation>ໃຊ້ 1 ເທື່ອ</translation>
    </message>
    <message>
        <source>used %1 times</source>
        <translation>ໃຊ້ %1 ເທື່ອ</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>ໃຊ້ໃນ:</translation>
    </message>
    <message>
        <source>Not used anywhere</source>
        <translation>ບໍ່ໄດ້ໃຊ້ບ່ອນໃດເລີຍ</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %2; %3 unused</source>
        <translation>
            <numerusform>%n ໄຟລ໌, %2; ບໍ່ໄດ້ໃຊ້ %3</numerusform>
            <numerusform>%n ໄຟລ໌, %2; ບໍ່ໄດ້ໃຊ້ %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove unused media</source>
        <translation>ລຶບສື່ທີ່ບໍ່ໄດ້ໃຊ້</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n unused file(s)</source>
        <translation>
            <numerusform>ລຶບໄຟລ໌ທີ່ບໍ່ໄດ້ໃຊ້ %n ໄຟລ໌</numerusform>
            <numerusform>ລຶບໄຟລ໌ທີ່ບໍ່ໄດ້ໃຊ້ %n ໄຟລ໌</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>Module</source>
        <translation>ໂມດູນ</translation>
    </message>
    <message>
        <source>Change module title</source>
        <translation>ປ່ຽນຫົວຂໍ້ໂມດູນ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ຫົວຂໍ້(&amp;T):</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>ປ່ຽນຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ຄຳອະທິບາຍ(&amp;D):</translation>
    </message>
    <message>
        <source>Add lessons, quizzes and surveys with the outline&apos;s right-click menu.</source>
        <translation>ເພີ່ມບົດຮຽນ, ແບບທົດສອບ ແລະ ແບບສຳຫຼວດ ດ້ວຍເມນູຄລິກຂວາໃນໂຄງຮ່າງ.</translation>
    </message>
</context>
<context>
    <name>ObjectTable</name>
    <message>
        <source>Add</source>
        <extracomment>A column: model attribute, header text, and &quot;text&quot; or &quot;check&quot;. Only one row may be ticked (single choice): ticking one unticks the rest.</extracomment>
        <translation>ເພີ່ມ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ລຶບອອກ</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ຂຶ້ນ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ລົງ</translation>
    </message>
    <message>
        <source>Mark correct</source>
        <translation>ໝາຍວ່າຖືກ</translation>
    </message>
    <message>
        <source>Unmark correct</source>
        <translation>ຍົກເລີກໝາຍວ່າຖືກ</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>ແກ້ໄຂ %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>ເພີ່ມແຖວ</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>ລຶບແຖວ</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>ຈັດລຳດັບໃໝ່</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>(untitled %1)</source>
        <translation>(%1 ບໍ່ມີຊື່)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>ຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>ໂມດູນ</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>ບົດຮຽນ</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>ແບບທົດສອບ</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>ແບບສຳຫຼວດ</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>ປ່ຽນຊື່</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>ເພີ່ມໂມດູນ</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>ເພີ່ມບົດຮຽນ</translation>
    </message>
    <message>
        <source>Add quiz</source>
        <translation>ເພີ່ມແບບທົດສອບ</translation>
    </message>
    <message>
        <source>Add survey</source>
        <translation>ເພີ່ມແບບສຳຫຼວດ</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (ສຳເນົາ)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ສ້າງສຳເນົາ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>ຍ້າຍ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ຍ້າຍຂຶ້ນ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>ຍ້າຍລົງ</translation>
    </message>
</context>
<context>
    <name>PackageExportDialog</name>
    <message>
        <source>Export an offline package</source>
        <translation>ສົ່ງອອກຊຸດໃຊ້ແບບອອບລາຍ</translation>
    </message>
    <message>
        <source>A folder of web pages (copy to a USB stick)</source>
        <translation>ໂຟນເດີໜ້າເວັບ (ສຳເນົາໃສ່ USB)</translation>
    </message>
    <message>
        <source>A .zip of that folder (to send or download)</source>
        <translation>ໄຟລ໌ .zip ຂອງໂຟນເດີນັ້ນ (ເພື່ອສົ່ງ ຫຼື ດາວໂຫຼດ)</translation>
    </message>
    <message>
        <source>One web page file (.html) for messaging apps</source>
        <translation>ໄຟລ໌ໜ້າເວັບດຽວ (.html) ສຳລັບແອັບສົ່ງຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>SCORM 1.2 package (.zip) for a learning platform</source>
        <translation>ຊຸດ SCORM 1.2 (.zip) ສຳລັບແພລດຟອມການຮຽນ</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>ຮູບແບບ:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ບໍ່ຈຳກັດ</translation>
    </message>
    <message>
        <source>The largest package trainees can download or copy; the export names what to shrink when it is over.</source>
        <translation>ຂະໜາດຊຸດໃຫຍ່ສຸດທີ່ຜູ້ຮຽນດາວໂຫຼດ ຫຼື ສຳເນົາໄດ້; ເມື່ອເກີນ ການສົ່ງອອກຈະບອກວ່າຕ້ອງຫຍໍ້ຫຍັງ.</translation>
    </message>
    <message>
        <source>Size budget:</source>
        <translation>ຂະໜາດທີ່ກຳນົດ:</translation>
    </message>
    <message>
        <source>Only warn when the package is over the budget</source>
        <translation>ພຽງແຕ່ເຕືອນເມື່ອຊຸດເກີນຂະໜາດທີ່ກຳນົດ</translation>
    </message>
    <message>
        <source> px</source>
        <translation> ພິກເຊວ</translation>
    </message>
    <message>
        <source>Pictures for phones:</source>
        <translation>ຮູບພາບສຳລັບໂທລະສັບ:</translation>
    </message>
    <message>
        <source>Pictures for laptops:</source>
        <translation>ຮູບພາບສຳລັບໂນດບຸກ:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>ບັນທຶກເປັນ:</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>ເບິ່ງຕົວຢ່າງ: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Where</source>
        <extracomment>Turns the checks&apos; list into the one shown (the translation view lists missing texts per item).</extracomment>
        <translation>ບ່ອນໃດ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <source>No problems found: the course is ready for class.</source>
        <translation>ບໍ່ພົບບັນຫາ: ຫຼັກສູດພ້ອມສຳລັບຫ້ອງຮຽນແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Kind:</source>
        <extracomment>What a new question of each kind starts with, besides its prompt: (question, course language) -&gt; None. The answer part of each kind&apos;s editor: (editor, document, question, graded) -&gt; (row label, widget), or None when the kind has nothing to set there (a survey&apos;s true-or-false statement).</extracomment>
        <translation>ປະເພດ:</translation>
    </message>
    <message>
        <source>Change question</source>
        <translation>ປ່ຽນຄຳຖາມ</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>ຄຳຖາມ(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>ຄຳແນະນຳ(&amp;I):</translation>
    </message>
    <message>
        <source>Change points</source>
        <translation>ປ່ຽນຄະແນນ</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>ຄະແນນ(&amp;P):</translation>
    </message>
    <message>
        <source>Change feedback</source>
        <translation>ປ່ຽນຄຳຕິຊົມ</translation>
    </message>
    <message>
        <source>When &amp;right:</source>
        <translation>ເມື່ອຖືກ(&amp;R):</translation>
    </message>
    <message>
        <source>When &amp;wrong:</source>
        <translation>ເມື່ອຜິດ(&amp;W):</translation>
    </message>
    <message>
        <source>Change hint</source>
        <translation>ປ່ຽນຄຳໃບ້</translation>
    </message>
    <message>
        <source>Shown when a trainee asks for help</source>
        <translation>ສະແດງເມື່ອຜູ້ຮຽນຂໍຄວາມຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>&amp;Hint:</source>
        <translation>ຄຳໃບ້(&amp;H):</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>ຕົວເລືອກ:</translation>
    </message>
    <message>
        <source>Pairs:</source>
        <translation>ຄູ່:</translation>
    </message>
    <message>
        <source>Items in the right order:</source>
        <translation>ລາຍການຕາມລຳດັບທີ່ຖືກຕ້ອງ:</translation>
    </message>
    <message>
        <source>Sentence:</source>
        <translation>ປະໂຫຍກ:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>ຄຳຕອບ:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>ການຕັ້ງຄ່າ:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>ຕົວເລືອກ</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>ຖືກ</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>ຄຳຕິຊົມ</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ດ້ານຊ້າຍ</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>ຄູ່ກັບ</translation>
    </message>
    <message>
        <source>One item per line, in the correct order</source>
        <translation>ໜຶ່ງລາຍການຕໍ່ແຖວ, ຕາມລຳດັບທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>Change items</source>
        <translation>ປ່ຽນລາຍການ</translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation>ຂໍ້ຄວາມນີ້ຖືກ</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>ປ່ຽນຄຳຕອບ</translation>
    </message>
    <message>
        <source>Accepted answers, one per line</source>
        <translation>ຄຳຕອບທີ່ຍອມຮັບ, ໜຶ່ງຕໍ່ແຖວ</translation>
    </message>
    <message>
        <source>Change accepted answers</source>
        <translation>ປ່ຽນຄຳຕອບທີ່ຍອມຮັບ</translation>
    </message>
    <message>
        <source>Capital letters matter</source>
        <translation>ແຍກຕົວພິມໃຫຍ່ ແລະ ນ້ອຍ</translation>
    </message>
    <message>
        <source>Change case</source>
        <translation>ປ່ຽນການແຍກຕົວພິມໃຫຍ່-ນ້ອຍ</translation>
    </message>
    <message>
        <source>Change tolerance</source>
        <translation>ປ່ຽນຄ່າຄາດເຄື່ອນ</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>ປ່ຽນຫົວໜ່ວຍ</translation>
    </message>
    <message>
        <source>unit, such as yuan or kg</source>
        <translation>ຫົວໜ່ວຍ ເຊັ່ນ ກີບ ຫຼື ກິໂລ</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Change scale</source>
        <translation>ປ່ຽນມາດຕາສ່ວນ</translation>
    </message>
    <message>
        <source>Change scale label</source>
        <translation>ປ່ຽນປ້າຍມາດຕາສ່ວນ</translation>
    </message>
    <message>
        <source>lowest means…</source>
        <translation>ຕ່ຳສຸດໝາຍເຖິງ…</translation>
    </message>
    <message>
        <source>highest means…</source>
        <translation>ສູງສຸດໝາຍເຖິງ…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ຫາ</translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation>ຫຼາຍແຖວ</translation>
    </message>
    <message>
        <source>Change answer size</source>
        <translation>ປ່ຽນຂະໜາດຄຳຕອບ</translation>
    </message>
    <message>
        <source>Change length limit</source>
        <translation>ປ່ຽນຄວາມຍາວສູງສຸດ</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ບໍ່ຈຳກັດ</translation>
    </message>
    <message>
        <source>Longest answer:</source>
        <translation>ຄຳຕອບຍາວສຸດ:</translation>
    </message>
    <message>
        <source>Change sentence</source>
        <translation>ປ່ຽນປະໂຫຍກ</translation>
    </message>
    <message>
        <source>Make selected words a blank</source>
        <translation>ເຮັດໃຫ້ຄຳທີ່ເລືອກເປັນຊ່ອງຫວ່າງ</translation>
    </message>
    <message>
        <source>Write the sentence and put each answer in [[double brackets]]; separate other accepted answers with |.</source>
        <translation>ຂຽນປະໂຫຍກ ແລະ ໃສ່ແຕ່ລະຄຳຕອບໃນ [[ວົງເລັບຄູ່]]; ແຍກຄຳຕອບອື່ນທີ່ຍອມຮັບດ້ວຍ |.</translation>
    </message>
    <message>
        <source>blank %1: %2</source>
        <translation>ຊ່ອງທີ %1: %2</translation>
    </message>
    <message>
        <source>No blank yet.</source>
        <translation>ຍັງບໍ່ມີຊ່ອງຫວ່າງ.</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Add question</source>
        <translation>ເພີ່ມຄຳຖາມ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ລຶບອອກ</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ຂຶ້ນ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>ລົງ</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>ລຶບຄຳຖາມ</translation>
    </message>
    <message>
        <source>Reorder questions</source>
        <translation>ຈັດລຳດັບຄຳຖາມໃໝ່</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Results: %1</source>
        <translation>ຜົນການຮຽນ: %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>ໂຫຼດຄືນ</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <source>Save report as PNG…</source>
        <translation>ບັນທຶກລາຍງານເປັນ PNG…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>ຮອບຮຽນ</translation>
    </message>
    <message>
        <source>Classroom running: %1 phones in the last 2 minutes, %2 results this session</source>
        <translation>ຫ້ອງຮຽນກຳລັງເຮັດວຽກ: %1 ໂທລະສັບໃນ 2 ນາທີຜ່ານມາ, %2 ຜົນໃນຮອບນີ້</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ຜົນການຮຽນ</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>ທຸກຮອບຮຽນ</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 ຜົນ</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>ແບບທົດສອບ: %1</translation>
    </message>
    <message>
        <source>%1 results · passed: %2</source>
        <translation>%1 ຜົນ · ຜ່ານ: %2</translation>
    </message>
    <message>
        <source>Scores (%)</source>
        <translation>ຄະແນນ (%)</translation>
    </message>
    <message>
        <source>Right answers per question</source>
        <translation>ຄຳຕອບຖືກຕໍ່ຄຳຖາມ</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>ແບບສຳຫຼວດ: %1</translation>
    </message>
    <message>
        <source>Mean: %1</source>
        <translation>ຄ່າສະເລ່ຍ: %1</translation>
    </message>
    <message>
        <source>… and %1 more (see the CSV)</source>
        <translation>… ແລະ ອີກ %1 (ເບິ່ງໃນ CSV)</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>ຍັງບໍ່ມີຄຳຕອບ</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>ສົ່ງອອກຜົນການຮຽນ</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ຂຽນ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>ບັນທຶກລາຍງານ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>ຮູບ PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>ຂຽນ %1 ບໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>SlideExportDialog</name>
    <message>
        <source>Export a slide deck</source>
        <translation>ສົ່ງອອກສະໄລ້</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>ສິ່ງທີ່ຈະສົ່ງອອກ</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>ຫຼັກສູດທັງໝົດ</translation>
    </message>
    <message>
        <source>One module:</source>
        <translation>ໜຶ່ງໂມດູນ:</translation>
    </message>
    <message>
        <source>Chosen lessons, quizzes and surveys:</source>
        <translation>ບົດຮຽນ, ແບບທົດສອບ ແລະ ແບບສຳຫຼວດທີ່ເລືອກ:</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>ໂມດູນ %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>ຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>High contrast (bright rooms, weak projectors)</source>
        <translation>ຄວາມຄົມຊັດສູງ (ຫ້ອງແຈ້ງ, ເຄື່ອງສາຍພາບອ່ອນ)</translation>
    </message>
    <message>
        <source>My own PowerPoint template</source>
        <translation>ແມ່ແບບ PowerPoint ຂອງຂ້ອຍເອງ</translation>
    </message>
    <message>
        <source>a .pptx or .potx file</source>
        <translation>ໄຟລ໌ .pptx ຫຼື .potx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ເລືອກ…</translation>
    </message>
    <message>
        <source>Look:</source>
        <translation>ຮູບລັກສະນະ:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>ແມ່ແບບ:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> ພິກເຊວ</translation>
    </message>
    <message>
        <source>Longest edge of pictures; projectors show 1920 at most.</source>
        <translation>ດ້ານຍາວສຸດຂອງຮູບພາບ; ເຄື່ອງສາຍພາບສະແດງໄດ້ສູງສຸດ 1920.</translation>
    </message>
    <message>
        <source>Picture size:</source>
        <translation>ຂະໜາດຮູບພາບ:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>ສະຖານທີ່:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>ວັນທີ:</translation>
    </message>
    <message>
        <source>the course&apos;s authors</source>
        <translation>ຜູ້ຂຽນຫຼັກສູດ</translation>
    </message>
    <message>
        <source>Lecturer:</source>
        <translation>ຜູ້ສອນ:</translation>
    </message>
    <message>
        <source>Put audio and video files into the deck (makes it larger)</source>
        <translation>ໃສ່ໄຟລ໌ສຽງ ແລະ ວິດີໂອໃນສະໄລ້ (ເຮັດໃຫ້ໃຫຍ່ຂຶ້ນ)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ພາສາ:</translation>
    </message>
    <message>
        <source>Second language under it:</source>
        <translation>ພາສາທີສອງຢູ່ລຸ່ມ:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>ບັນທຶກເປັນ:</translation>
    </message>
    <message>
        <source>Choose a PowerPoint template</source>
        <translation>ເລືອກແມ່ແບບ PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint templates (*.pptx *.potx)</source>
        <translation>ແມ່ແບບ PowerPoint (*.pptx *.potx)</translation>
    </message>
    <message>
        <source>Tick at least one lesson, quiz or survey.</source>
        <translation>ໝາຍເລືອກຢ່າງໜ້ອຍໜຶ່ງບົດຮຽນ, ແບບທົດສອບ ຫຼື ແບບສຳຫຼວດ.</translation>
    </message>
    <message>
        <source>Choose your template file (.pptx or .potx).</source>
        <translation>ເລືອກໄຟລ໌ແມ່ແບບຂອງທ່ານ (.pptx ຫຼື .potx).</translation>
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
        <translation>ສ້າງຫຼັກສູດຝຶກອົບຮົມທີ່ມີບົດຮຽນ, ຮູບພາບ, ແບບຝຶກຫັດ ແລະ ແບບທົດສອບ, ແລ້ວບັນທຶກເພື່ອແບ່ງປັນທາງ USB.</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>ຫຼັກສູດໃໝ່</translation>
    </message>
    <message>
        <source>Open a course…</source>
        <translation>ເປີດຫຼັກສູດ…</translation>
    </message>
    <message>
        <source>Start from a sample course</source>
        <translation>ເລີ່ມຈາກຫຼັກສູດຕົວຢ່າງ</translation>
    </message>
    <message>
        <source>Recent courses</source>
        <translation>ຫຼັກສູດລ່າສຸດ</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>ຄລິກສອງເທື່ອເພື່ອເປີດ.</translation>
    </message>
    <message>
        <source>Reading sample courses</source>
        <translation>ກຳລັງອ່ານຫຼັກສູດຕົວຢ່າງ</translation>
    </message>
    <message>
        <source>(no sample courses installed)</source>
        <translation>(ບໍ່ໄດ້ຕິດຕັ້ງຫຼັກສູດຕົວຢ່າງ)</translation>
    </message>
</context>
<context>
    <name>TextBlockEditor</name>
    <message>
        <source>Edit text</source>
        <translation>ແກ້ໄຂຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Write here. **bold**, *italic*, - lists, # headings</source>
        <translation>ຂຽນຢູ່ນີ້. **ໜາ**, *ອຽງ*, - ລາຍການ, # ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Text (Markdown) and how trainees will see it:</source>
        <translation>ຂໍ້ຄວາມ (Markdown) ແລະ ສິ່ງທີ່ຜູ້ຮຽນຈະເຫັນ:</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>Making thumbnails</source>
        <extracomment>Long edge of thumbnails; the same as coursebuilder.media.thumbnails, without importing Pillow at start-up.</extracomment>
        <translation>ກຳລັງສ້າງຮູບຫຍໍ້</translation>
    </message>
</context>
<context>
    <name>TranslateActions</name>
    <message>
        <source>Translation</source>
        <extracomment>The language being translated into (&quot;&quot; for none).</extracomment>
        <translation>ການແປ</translation>
    </message>
    <message>
        <source>Translating into:</source>
        <translation>ກຳລັງແປເປັນ:</translation>
    </message>
    <message>
        <source>Show each text in the default language beside its translation into this language</source>
        <translation>ສະແດງແຕ່ລະຂໍ້ຄວາມໃນພາສາຫຼັກ ຄຽງຂ້າງຄຳແປເປັນພາສານີ້</translation>
    </message>
    <message>
        <source>Languages…</source>
        <translation>ພາສາ…</translation>
    </message>
    <message>
        <source>&amp;Languages…</source>
        <translation>ພາສາ(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Translations</source>
        <translation>ຄຳແປ(&amp;T)</translation>
    </message>
    <message>
        <source>no other language</source>
        <translation>ບໍ່ມີພາສາອື່ນ</translation>
    </message>
    <message>
        <source>%1: %2 texts not translated yet, %3 stale (their source changed)</source>
        <translation>%1: %2 ຂໍ້ຄວາມຍັງບໍ່ແປ, %3 ລ້າສະໄໝ (ຕົ້ນສະບັບປ່ຽນ)</translation>
    </message>
    <message>
        <source>%1: every text is translated</source>
        <translation>%1: ທຸກຂໍ້ຄວາມແປແລ້ວ</translation>
    </message>
    <message>
        <source>Change course languages</source>
        <translation>ປ່ຽນພາສາຂອງຫຼັກສູດ</translation>
    </message>
</context>
<context>
    <name>TranslationFiles</name>
    <message>
        <source>&amp;Export for translator…</source>
        <extracomment>The report of the last import (for tests and screenshots).</extracomment>
        <translation>ສົ່ງອອກໃຫ້ຜູ້ແປ(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import translations…</source>
        <translation>ນຳເຂົ້າຄຳແປ(&amp;I)…</translation>
    </message>
    <message>
        <source>Export for translator</source>
        <translation>ສົ່ງອອກໃຫ້ຜູ້ແປ</translation>
    </message>
    <message>
        <source>The course has only its default language. Add a language under Course › Languages… first.</source>
        <translation>ຫຼັກສູດມີພຽງພາສາຫຼັກ. ໃຫ້ເພີ່ມພາສາທີ່ ຫຼັກສູດ › ພາສາ… ກ່ອນ.</translation>
    </message>
    <message>
        <source>Exporting %1 for a translator</source>
        <translation>ກຳລັງສົ່ງອອກ %1 ໃຫ້ຜູ້ແປ</translation>
    </message>
    <message>
        <source>Saved %1 for the translator</source>
        <translation>ບັນທຶກ %1 ໃຫ້ຜູ້ແປແລ້ວ</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>ສົ່ງອອກບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>ນຳເຂົ້າຄຳແປ</translation>
    </message>
    <message>
        <source>Translations (*.xlsx *.xlf *.xliff *.csv);;All files (*)</source>
        <translation>ຄຳແປ (*.xlsx *.xlf *.xliff *.csv);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>ກຳລັງອ່ານ %1</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>ນຳເຂົ້າບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>%1 was not imported; the course is unchanged.
%2</source>
        <translation>%1 ບໍ່ໄດ້ຖືກນຳເຂົ້າ; ຫຼັກສູດບໍ່ປ່ຽນແປງ.
%2</translation>
    </message>
    <message>
        <source>Import translations into %1</source>
        <translation>ນຳເຂົ້າຄຳແປ %1</translation>
    </message>
</context>
<context>
    <name>TranslationPanel</name>
    <message>
        <source>Choose a language under “Translating into” to translate the texts shown here.</source>
        <extracomment>key -&gt; (source label, translation field, state label, &quot;keep&quot; button), in course order.</extracomment>
        <translation>ເລືອກພາສາໃນ “ກຳລັງແປເປັນ” ເພື່ອແປຂໍ້ຄວາມທີ່ສະແດງຢູ່ນີ້.</translation>
    </message>
    <message>
        <source>Left: %1, as the course says it now. Right: %2, yours to write.</source>
        <translation>ເບື້ອງຊ້າຍ: %1, ຕາມທີ່ຫຼັກສູດຂຽນດຽວນີ້. ເບື້ອງຂວາ: %2, ໃຫ້ທ່ານຂຽນ.</translation>
    </message>
    <message>
        <source>Nothing to translate here.</source>
        <translation>ບໍ່ມີຫຍັງໃຫ້ແປຢູ່ນີ້.</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>ເກັບໄວ້ຄືເກົ່າ</translation>
    </message>
    <message>
        <source>The translation is still right: mark it up to date with the text on the left</source>
        <translation>ຄຳແປຍັງຖືກຕ້ອງ: ໝາຍວ່າທັນກັບຂໍ້ຄວາມເບື້ອງຊ້າຍ</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>ບລັອກ %1</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>ຄຳຖາມ %1</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>ຕົວເລືອກ %1</translation>
    </message>
    <message>
        <source>Pair %1</source>
        <translation>ຄູ່ທີ %1</translation>
    </message>
    <message>
        <source>file shown in this language</source>
        <translation>ໄຟລ໌ທີ່ສະແດງໃນພາສານີ້</translation>
    </message>
    <message>
        <source>the same file as in the default language</source>
        <translation>ໄຟລ໌ດຽວກັນກັບພາສາຫຼັກ</translation>
    </message>
    <message>
        <source>Not translated yet: trainees see the default language here.</source>
        <translation>ຍັງບໍ່ແປ: ຜູ້ຮຽນເຫັນພາສາຫຼັກຢູ່ນີ້.</translation>
    </message>
    <message>
        <source>Stale: the text on the left changed after this was translated. Check it, then edit or confirm it.</source>
        <translation>ລ້າສະໄໝ: ຂໍ້ຄວາມເບື້ອງຊ້າຍປ່ຽນຫຼັງຈາກແປແລ້ວ. ກວດເບິ່ງ, ແລ້ວແກ້ໄຂ ຫຼື ຢືນຢັນ.</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>ແປເປັນ %1</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Choose…</source>
        <extracomment>Built-in slide themes (as the exporter names them); &quot;template&quot; means the lecturer&apos;s own file. Offline package forms (as the exporter names them) and the file suffix each is written with.</extracomment>
        <translation>ເລືອກ…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>ສົ່ງອອກໄປ</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>ເລືອກບ່ອນບັນທຶກການສົ່ງອອກ.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ເປັນໄຟລ໌, ບໍ່ແມ່ນໂຟນເດີ.</translation>
    </message>
    <message>
        <source>Replace the export?</source>
        <translation>ແທນທີ່ການສົ່ງອອກບໍ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ມີຢູ່ແລ້ວ. ແທນທີ່ບໍ?</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>ສ້າງໂຟນເດີບໍ?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist yet. Create it and export there?</source>
        <translation>ໂຟນເດີ %1 ຍັງບໍ່ມີ. ສ້າງມັນ ແລະ ສົ່ງອອກໄປຫັ້ນບໍ?</translation>
    </message>
    <message>
        <source>Create the folder</source>
        <translation>ສ້າງໂຟນເດີ</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>ເລືອກບ່ອນອື່ນ</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>ບໍ່ມີໂຟນເດີ %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>ສ້າງໂຟນເດີ %1 ບໍ່ໄດ້: %2</translation>
    </message>
</context>
<context>
    <name>blocks</name>
    <message>
        <source>This kind of block cannot be edited here yet.</source>
        <translation>ບລັອກປະເພດນີ້ຍັງແກ້ໄຂຢູ່ນີ້ບໍ່ໄດ້.</translation>
    </message>
</context>
<context>
    <name>browser_preview</name>
    <message>
        <source>Preparing the browser preview</source>
        <extracomment>Width and height of the frame, in CSS pixels: a common phone held upright.</extracomment>
        <translation>ກຳລັງກະກຽມການເບິ່ງຕົວຢ່າງໃນບຣາວເຊີ</translation>
    </message>
    <message>
        <source>Opening the player</source>
        <translation>ກຳລັງເປີດໂປຣແກຣມຫຼິ້ນ</translation>
    </message>
    <message>
        <source>No program found</source>
        <translation>ບໍ່ພົບໂປຣແກຣມ</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. It is here: %1</source>
        <translation>ບໍ່ມີໂປຣແກຣມໃດໃນຄອມພິວເຕີນີ້ເປີດໄຟລ໌ປະເພດນີ້ໄດ້. ມັນຢູ່ນີ້: %1</translation>
    </message>
    <message>
        <source>Preview in &amp;browser</source>
        <translation>ເບິ່ງຕົວຢ່າງໃນບຣາວເຊີ(&amp;B)</translation>
    </message>
    <message>
        <source>Open this page in the web browser at phone width, where its questions can be tried</source>
        <translation>ເປີດໜ້ານີ້ໃນບຣາວເຊີດ້ວຍຄວາມກວ້າງຂອງໂທລະສັບ, ບ່ອນທີ່ລອງຕອບຄຳຖາມໄດ້</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>ເບິ່ງຕົວຢ່າງບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ ຫຼິ້ນ</translation>
    </message>
    <message>
        <source>Play in the computer&apos;s own player</source>
        <translation>ຫຼິ້ນໃນໂປຣແກຣມຂອງຄອມພິວເຕີເອງ</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation>ຫຼິ້ນບໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>Slide deck for the projector (.pptx)…</source>
        <extracomment>The kinds of export, in menu order: a slide deck, or an offline package in the form the dialog asks. The options dialog shown last (for tests and screenshots). The export the last accepted dialog started.</extracomment>
        <translation>ສະໄລ້ສຳລັບເຄື່ອງສາຍພາບ (.pptx)…</translation>
    </message>
    <message>
        <source>Offline package for phones…</source>
        <translation>ຊຸດອອບລາຍສຳລັບໂທລະສັບ…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>ກຳລັງສົ່ງອອກ %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>ສົ່ງອອກ %1 ແລ້ວ (%2)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>ສົ່ງອອກບໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>find_replace</name>
    <message>
        <source>title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>ຫົວຂໍ້ຍ່ອຍ</translation>
    </message>
    <message>
        <source>description</source>
        <translation>ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>speaker notes</source>
        <translation>ບັນທຶກຜູ້ສອນ</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>ຈຸດປະສົງ</translation>
    </message>
    <message>
        <source>question</source>
        <translation>ຄຳຖາມ</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>ຄຳຕິຊົມ</translation>
    </message>
    <message>
        <source>feedback when right</source>
        <translation>ຄຳຕິຊົມເມື່ອຖືກ</translation>
    </message>
    <message>
        <source>feedback when wrong</source>
        <translation>ຄຳຕິຊົມເມື່ອຜິດ</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>ຄຳໃບ້</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>ຂໍ້ຄວາມແທນຮູບ</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>ຄຳບັນຍາຍຮູບ</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>ທີ່ມາ</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>ບົດຖອດຄວາມ</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>ຄຳແນະນຳ</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>ຄູ່</translation>
    </message>
    <message>
        <source>items</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <source>accepted answers</source>
        <translation>ຄຳຕອບທີ່ຍອມຮັບ</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>ຫົວໜ່ວຍ</translation>
    </message>
    <message>
        <source>scale label</source>
        <translation>ປ້າຍມາດຕາສ່ວນ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ບົດບາດ</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>The interface will be in the language you chose the next time CourseBuilder starts. Close CourseBuilder and open it again to see it now; your work is kept.</source>
        <translation>ໂປຣແກຣມຈະສະແດງເປັນພາສາທີ່ທ່ານເລືອກ ເມື່ອ CourseBuilder ເປີດເທື່ອໜ້າ. ປິດ CourseBuilder ແລ້ວເປີດໃໝ່ ເພື່ອເບິ່ງດຽວນີ້; ວຽກຂອງທ່ານຍັງຢູ່.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>ພາສາຂອງໂປຣແກຣມ</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1 ຢູ່ເທິງ %2, ຕັ້ງແຕ່ %3</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>Course cover</source>
        <translation>ໜ້າປົກຫຼັກສູດ</translation>
    </message>
    <message>
        <source>block</source>
        <translation>ບລັອກ</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>ຫຼັກສູດ</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Untitled course</source>
        <extracomment>Recovery folders written by windows of this process that are still open.</extracomment>
        <translation>ຫຼັກສູດບໍ່ມີຊື່</translation>
    </message>
    <message>
        <source>“%1”, last changed %2</source>
        <translation>“%1”, ປ່ຽນລ່າສຸດ %2</translation>
    </message>
</context>
<context>
    <name>venue</name>
    <message>
        <source>%1 cannot be found; add the file again</source>
        <extracomment>A county-town venue: no reliable internet, packages passed on by messaging apps and USB sticks.</extracomment>
        <translation>ບໍ່ພົບ %1; ເພີ່ມໄຟລ໌ອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>%1 is %2 MB, too large for trainees&apos; phones on a slow link (keep %3 files under %4 MB)</source>
        <translation>%1 ມີຂະໜາດ %2 MB, ໃຫຍ່ເກີນໄປສຳລັບໂທລະສັບຂອງຜູ້ຮຽນທີ່ອິນເຕີເນັດຊ້າ (ໃຫ້ໄຟລ໌ %3 ຕ່ຳກວ່າ %4 MB)</translation>
    </message>
    <message>
        <source>the media add up to %1 MB; over %2 MB is slow to share by phone or message</source>
        <translation>ສື່ລວມກັນ %1 MB; ເກີນ %2 MB ຈະແບ່ງປັນທາງໂທລະສັບ ຫຼື ຂໍ້ຄວາມໄດ້ຊ້າ</translation>
    </message>
</context>
</TS>
