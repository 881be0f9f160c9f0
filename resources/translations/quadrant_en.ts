<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../app/ui/matrix/lane_panel.py" line="+75"/>
        <source>{shown} of %n open task(s) shown</source>
        <translation>
            <numerusform>{shown} of %n open task shown</numerusform>
            <numerusform>{shown} of %n open tasks shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
</context>
</TS>
