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
        <location filename="../../app/ui/shell/restore_dialog.py" line="+43"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/board.py" line="+62"/>
        <location filename="../../app/ui/matrix/capture.py" line="+122"/>
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
        <location filename="../../app/model/reminders.py" line="+60"/>
        <source>Your focus block starts in %n min, at {start}.</source>
        <translation>
            <numerusform>Your focus block starts in %n min, at {start}.</numerusform>
            <numerusform>Your focus block starts in %n min, at {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Your meeting block starts in %n min, at {start}.</source>
        <translation>
            <numerusform>Your meeting block starts in %n min, at {start}.</numerusform>
            <numerusform>Your meeting block starts in %n min, at {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your personal block starts in %n min, at {start}.</source>
        <translation>
            <numerusform>Your personal block starts in %n min, at {start}.</numerusform>
            <numerusform>Your personal block starts in %n min, at {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h left</source>
        <translation>
            <numerusform>%n h left</numerusform>
            <numerusform>%n h left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/repeats.py" line="+309"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>every year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/task_repeats.py" line="+92"/>
        <source>%n day(s) after it is done</source>
        <translation>
            <numerusform>%n day after it is done</numerusform>
            <numerusform>%n days after it is done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/urgency.py" line="+52"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n delegated task(s) to follow up today (View ▸ Waiting For).</source>
        <translation>
            <numerusform>%n delegated task to follow up today (View ▸ Waiting For).</numerusform>
            <numerusform>%n delegated tasks to follow up today (View ▸ Waiting For).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/all_day_row.py" line="+106"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/repeat_field.py" line="+116"/>
        <source> time(s)</source>
        <translation>
            <numerusform> time</numerusform>
            <numerusform> times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> week(s) on</source>
        <translation>
            <numerusform> week on</numerusform>
            <numerusform> weeks on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/task_drops.py" line="+104"/>
        <source>Schedule %n Task(s)</source>
        <translation>
            <numerusform>Schedule %n Task</numerusform>
            <numerusform>Schedule %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{count} of %n task(s) scheduled: the rest did not fit before midnight.</source>
        <translation>
            <numerusform>{count} of %n task scheduled: the rest did not fit before midnight.</numerusform>
            <numerusform>{count} of %n tasks scheduled: the rest did not fit before midnight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>{count} of %n task(s) scheduled: the rest did not fit in this week&apos;s working hours.</source>
        <translation>
            <numerusform>{count} of %n task scheduled: the rest did not fit in this week&apos;s working hours.</numerusform>
            <numerusform>{count} of %n tasks scheduled: the rest did not fit in this week&apos;s working hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/week_templates.py" line="+53"/>
        <source>Saved %n focus block(s) as template “{name}”.</source>
        <translation>
            <numerusform>Saved %n focus block as template “{name}”.</numerusform>
            <numerusform>Saved %n focus blocks as template “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/matrix/capture.py" line="-5"/>
        <source>Add %n task(s), one for each line you pasted?</source>
        <translation>
            <numerusform>Add %n task, one for each line you pasted?</numerusform>
            <numerusform>Add %n tasks, one for each line you pasted?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/printing/plan_printing.py" line="+138"/>
        <source>Saved {name} (%n page(s)).</source>
        <translation>
            <numerusform>Saved {name} (%n page).</numerusform>
            <numerusform>Saved {name} (%n pages).</numerusform>
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
        <location filename="../../app/ui/printing/plan_renderer.py" line="+321"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../app/ui/printing/plan_renderer.py" line="+2"/>
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/printing/plan_renderer.py" line="+49"/>
        <source>%n task(s) waiting to be triaged</source>
        <translation>
            <numerusform>%n task waiting to be triaged</numerusform>
            <numerusform>%n tasks waiting to be triaged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/review/review_window.py" line="+213"/>
        <source>%n task(s) have no estimate: {names}.</source>
        <translation>
            <numerusform>%n task has no estimate: {names}.</numerusform>
            <numerusform>%n tasks have no estimate: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n done ({lanes}): {titles}.</source>
        <translation>
            <numerusform>%n done ({lanes}): {titles}.</numerusform>
            <numerusform>%n done ({lanes}): {titles}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/waiting/waiting_window.py" line="+156"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/calendar_account.py" line="+164"/>
        <source>Found %n calendar(s).</source>
        <translation>
            <numerusform>Found %n calendar.</numerusform>
            <numerusform>Found %n calendars.</numerusform>
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
        <location filename="../../app/ui/shell/calendar_files.py" line="+160"/>
        <source>Wrote %n block(s) of {week} to {file}.</source>
        <translation>
            <numerusform>Wrote %n block of {week} to {file}.</numerusform>
            <numerusform>Wrote %n blocks of {week} to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/calendar_sync.py" line="+160"/>
        <source>{synced} · %n conflict(s)</source>
        <translation>
            <numerusform>{synced} · %n conflict</numerusform>
            <numerusform>{synced} · %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Offline · next try in %n min</source>
        <translation>
            <numerusform>Offline · next try in %n min</numerusform>
            <numerusform>Offline · next try in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/error_dialog.py" line="+109"/>
        <source>{what} It happened %n times.</source>
        <translation>
            <numerusform>{what} It happened %n time.</numerusform>
            <numerusform>{what} It happened %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/write_queue.py" line="+217"/>
        <source>Not saved (%n changes): another program kept the data file locked; nothing was changed; try again.</source>
        <translation>
            <numerusform>Not saved (%n change): another program kept the data file locked; nothing was changed; try again.</numerusform>
            <numerusform>Not saved (%n changes): another program kept the data file locked; nothing was changed; try again.</numerusform>
        </translation>
    </message>
</context>
</TS>
