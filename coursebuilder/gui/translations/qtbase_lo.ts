<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ບັນທຶກທັງໝົດ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ແມ່ນ(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ແມ່ນທັງໝົດ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ບໍ່(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ບໍ່ທັງໝົດ(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ລົ້ມເລີກ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ລອງໃໝ່</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ບໍ່ສົນໃຈ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ຖິ້ມ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ຕັ້ງຄືນ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ກູ້ຄືນຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>ສະແດງລາຍລະອຽດ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ເຊື່ອງລາຍລະອຽດ...</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍ້ອນກັບ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຊ້ຳ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
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
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍ້ອນກັບ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຊ້ຳ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ຕັດ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ສຳເນົາ(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ສຳເນົາທີ່ຢູ່ລິ້ງ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ວາງ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>ເລືອກທັງໝົດ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>ເພີ່ມຂຶ້ນ(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ຫຼຸດລົງ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>ລອຍ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>ແຍກອອກ ຫຼື ຕິດແຜງນີ້ຄືນ</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>ປິດແຜງນີ້</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>ເລື່ອນມາບ່ອນນີ້</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>ຂອບຊ້າຍ</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>ເທິງສຸດ</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>ຂອບຂວາ</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>ລຸ່ມສຸດ</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>ໜຶ່ງໜ້າໄປຊ້າຍ</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>ໜຶ່ງໜ້າຂຶ້ນ</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>ໜຶ່ງໜ້າໄປຂວາ</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>ໜຶ່ງໜ້າລົງ</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>ເລື່ອນໄປຊ້າຍ</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>ເລື່ອນຂຶ້ນ</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>ເລື່ອນໄປຂວາ</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>ເລື່ອນລົງ</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo</source>
        <translation>ຍ້ອນກັບ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ເຮັດຊ້ຳ</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>ຍ້ອນກັບ %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>ເຮັດຊ້ຳ %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>ຊອກໃນ:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ຊອກໃນ(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ປະເພດໄຟລ໌(&amp;T):</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ຊື່ໄຟລ໌(&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ປະເພດໄຟລ໌:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ໄປໜ້າ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ໄປໜ້າ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ໂຟນເດີແມ່</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ໄປໂຟນເດີແມ່</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ສ້າງໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ສ້າງໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>ມຸມມອງລາຍການ</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>ປ່ຽນເປັນມຸມມອງລາຍການ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ມຸມມອງລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>ປ່ຽນເປັນມຸມມອງລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>ແຖບຂ້າງ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>ລາຍການສະຖານທີ່ ແລະ ບຸກມາກ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ໂຟນເດີ:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ເປີດ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ບັນທຶກ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ເລືອກ(&amp;C)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>ບັນທຶກເປັນ</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ຊອກໂຟນເດີ</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ໂຟນເດີໃໝ່(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ປ່ຽນຊື່(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ລຶບ(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>ສະແດງໄຟລ໌ທີ່ເຊື່ອງໄວ້(&amp;H)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ລຶບອອກ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ບ່ອນລ່າສຸດ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ຄອມພິວເຕີຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ໄດຣຟ໌</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ໂຟນເດີໄຟລ໌</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>ນາມແຝງ</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ທາງລັດ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>ໄຟລ໌ %1</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>ສະແດງ </translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ມີຢູ່ແລ້ວ.
ທ່ານຕ້ອງການແທນທີ່ບໍ?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ບໍ່ພົບໄຟລ໌.
ກະລຸນາກວດເບິ່ງວ່າຊື່ໄຟລ໌ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ບໍ່ພົບໂຟນເດີ.
ກະລຸນາກວດເບິ່ງວ່າຊື່ໂຟນເດີຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1” ຖືກປ້ອງກັນການຂຽນ.
ທ່ານຍັງຕ້ອງການລຶບມັນບໍ?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>ທ່ານແນ່ໃຈບໍວ່າຕ້ອງການລຶບ “%1”?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ລຶບໂຟນເດີບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+ລູກສອນຊ້າຍ</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+ລູກສອນຂວາ</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+ລູກສອນຂຶ້ນ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ວັນທີແກ້ໄຂ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ຄອມພິວເຕີຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>ຄອມພິວເຕີ</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>ຊື່ໄຟລ໌ບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;ໃຊ້ຊື່ “%1” ບໍ່ໄດ້.&lt;/b&gt;&lt;p&gt;ລອງໃຊ້ຊື່ອື່ນ ທີ່ສັ້ນກວ່າ ຫຼື ບໍ່ມີເຄື່ອງໝາຍວັກຕອນ.</translation>
    </message>
</context>
</TS>
