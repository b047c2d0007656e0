<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>wan::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>%n run(s) are still in progress. The service will finish them and may charge for them even if Wan Studio is closed. Quit anyway?</source>
        <translation>
            <numerusform>%n run is still in progress. The service will finish it and may charge for it even if Wan Studio is closed. Quit anyway?</numerusform>
            <numerusform>%n runs are still in progress. The service will finish them and may charge for them even if Wan Studio is closed. Quit anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="423"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wan::ui::PromptEditor</name>
    <message numerus="yes">
        <location filename="../ui/prompteditor.cpp" line="174"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
</TS>
