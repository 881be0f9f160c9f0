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
    <message numerus="yes">
        <location filename="../../app/ui/board.py" line="+62"/>
        <source>Add %n Task(s)</source>
        <translation>
            <numerusform>Add %n Task</numerusform>
            <numerusform>Add %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>Delete %n Task(s)</source>
        <translation>
            <numerusform>Delete Task</numerusform>
            <numerusform>Delete %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Dismiss %n Suggestion(s)</source>
        <translation>
            <numerusform>Dismiss Suggestion</numerusform>
            <numerusform>Dismiss %n Suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Add %n Block(s)</source>
        <translation>
            <numerusform>Add Block</numerusform>
            <numerusform>Add %n Blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Delete %n Block(s)</source>
        <translation>
            <numerusform>Delete Block</numerusform>
            <numerusform>Delete %n Blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="+87"/>
        <source>The {fields} of “{title}” was changed elsewhere and kept.</source>
        <translation>
            <numerusform>The {fields} of “{title}” was changed elsewhere and kept.</numerusform>
            <numerusform>The {fields} of “{title}” were changed elsewhere and kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more were changed elsewhere and kept.</source>
        <translation>
            <numerusform>%n more was changed elsewhere and kept.</numerusform>
            <numerusform>%n more were changed elsewhere and kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/matrix/matrix_widget.py" line="+298"/>
        <location filename="../../app/ui/matrix/suggesting.py" line="+100"/>
        <source>%n task(s) moved to {lane}.</source>
        <translation>
            <numerusform>%n task moved to {lane}.</numerusform>
            <numerusform>%n tasks moved to {lane}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n task(s) marked done.</source>
        <translation>
            <numerusform>%n task marked done.</numerusform>
            <numerusform>%n tasks marked done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n task(s) marked not done.</source>
        <translation>
            <numerusform>%n task marked not done.</numerusform>
            <numerusform>%n tasks marked not done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n task(s) deleted. Undo brings them back.</source>
        <translation>
            <numerusform>%n task deleted. Undo brings it back.</numerusform>
            <numerusform>%n tasks deleted. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/matrix/suggesting.py" line="+10"/>
        <source>Suggestion dismissed for %n task(s).</source>
        <translation>
            <numerusform>Suggestion dismissed for %n task.</numerusform>
            <numerusform>Suggestion dismissed for %n tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/calendar_summaries.py" line="+26"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+10"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n to-do(s)</source>
        <translation>
            <numerusform>%n to-do</numerusform>
            <numerusform>%n to-dos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/data_file_notices.py" line="+22"/>
        <source>%n task(s) in the data file could not be read and not shown; the file keeps them unchanged: {problems}.</source>
        <translation>
            <numerusform>%n task in the data file could not be read and is not shown; the file keeps it unchanged: {problems}.</numerusform>
            <numerusform>%n tasks in the data file could not be read and are not shown; the file keeps them unchanged: {problems}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
</context>
</TS>
