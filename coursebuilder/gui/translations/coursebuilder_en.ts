<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Document</name>
    <message numerus="yes">
        <source>Add %n media file(s)</source>
        <translation>
            <numerusform>Add %n media file</numerusform>
            <numerusform>Add %n media files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n dropped file(s)</source>
        <translation>
            <numerusform>Add %n dropped file</numerusform>
            <numerusform>Add %n dropped files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message numerus="yes">
        <source>%n file(s), %2; %3 unused</source>
        <translation>
            <numerusform>%n file, %2; %3 unused</numerusform>
            <numerusform>%n files, %2; %3 unused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n unused file(s)</source>
        <translation>
            <numerusform>Remove %n unused file</numerusform>
            <numerusform>Remove %n unused files</numerusform>
        </translation>
    </message>
</context>
</TS>
