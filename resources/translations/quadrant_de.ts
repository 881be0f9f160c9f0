<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/ui/daily_backup.py" line="+44"/>
        <source>Today&apos;s backup could not be written: {reason}.</source>
        <translation>Die heutige Sicherung konnte nicht geschrieben werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <location filename="../../app/ui/calendar/block_editor.py" line="+49"/>
        <source>Edit Block</source>
        <translation>Block bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linked task</source>
        <translation>Verknüpfte Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No task</source>
        <translation>Keine Aufgabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>That block no longer exists.</source>
        <translation>Diesen Block gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <location filename="../../app/ui/shell/theme.py" line="+199"/>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../app/ui/calendar/week_calendar.py" line="+114"/>
        <source>Week calendar</source>
        <translation>Wochenkalender</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to this week</source>
        <translation>Zur aktuellen Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Week hours</source>
        <translation>Stunden der Woche</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Week {number}</source>
        <translation>KW {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week {number}, {year}</source>
        <translation>KW {number}, {year}</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/week_canvas.py" line="+57"/>
        <source>Week grid</source>
        <translation>Wochenraster</translation>
    </message>
</context>
<context>
    <name>CalendarAccount</name>
    <message>
        <location filename="../../app/ui/shell/calendar_account.py" line="+67"/>
        <source>Calendar Account</source>
        <translation>Kalenderkonto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept in the keyring</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Calendars</source>
        <translation>Kalender &amp;suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>calendar for Quadrant&apos;s blocks and tasks</source>
        <translation>Kalender für die Blöcke und Aufgaben von Quadrant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>calendars shown as meetings</source>
        <translation>als Besprechungen angezeigte Kalender</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quadrant&apos;s &amp;calendar:</source>
        <translation>&amp;Kalender für Quadrant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show as &amp;meetings:</source>
        <translation>Als Besprechungen &amp;zeigen:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the server&apos;s address, the user name and the password.</source>
        <translation>Geben Sie die Adresse des Servers, den Benutzernamen und das Passwort an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the server…</source>
        <translation>Server wird abgefragt …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None of this account&apos;s calendars accepts tasks (VTODO).</source>
        <translation>Keiner der Kalender dieses Kontos nimmt Aufgaben (VTODO) an.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find the calendars first.</source>
        <translation>Suchen Sie zuerst die Kalender.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The account could not be kept: {reason}</source>
        <translation>Das Konto konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no keyring on this system: Quadrant keeps the password until it closes and asks for it again next time.</source>
        <translation>Auf diesem System gibt es keinen Schlüsselbund: Quadrant behält das Passwort, bis es geschlossen wird, und fragt beim nächsten Mal wieder danach.</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <location filename="../../app/ui/shell/calendar_files.py" line="+32"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{file} could not be read: {reason}</source>
        <translation>{file} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export Week as Calendar File</source>
        <translation>Woche als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The calendar file was not saved: {reason}</source>
        <translation>Die Kalenderdatei wurde nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Calendar File</source>
        <translation>Kalenderdatei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A calendar file is being imported; wait for it, or cancel it.</source>
        <translation>Eine Kalenderdatei wird gerade importiert; warten Sie darauf oder brechen Sie den Import ab.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>{file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving the events and to-dos from {file}…</source>
        <translation>Die Termine und Aufgaben aus {file} werden gespeichert …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import of {file} cancelled; nothing was imported.</source>
        <translation>Import von {file} abgebrochen; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>CalendarSummary</name>
    <message>
        <location filename="../../app/ui/shell/calendar_summaries.py" line="+17"/>
        <source>Pushed {pushed}, pulled {pulled}, deleted {here} here and {there} there</source>
        <translation>{pushed} gesendet, {pulled} abgerufen, {here} hier und {there} dort gelöscht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, {conflicts}: {titles}</source>
        <translation>, {conflicts}: {titles}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{events} and {todos}</source>
        <translation>{events} und {todos}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {what} from {source}</source>
        <translation>{what} aus {source} importiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, removed {events} no longer in it</source>
        <translation>, {events} entfernt, die nicht mehr darin stehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> ({count} outside the import window left out)</source>
        <translation> ({count} außerhalb des Importzeitraums ausgelassen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; imported in part {count}: {reasons}</source>
        <translation>; {count} teilweise importiert: {reasons}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, skipped {count}: {reasons}</source>
        <translation>, {count} übersprungen: {reasons}</translation>
    </message>
</context>
<context>
    <name>CalendarSync</name>
    <message>
        <location filename="../../app/ui/shell/calendar_sync.py" line="+39"/>
        <source>Calendar sync: off</source>
        <translation>Kalendersynchronisierung: aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar sync needs the password: File ▸ Calendar Account…</source>
        <translation>Die Kalendersynchronisierung braucht das Passwort: Datei ▸ Kalenderkonto…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>calendar sync</source>
        <translation>Kalendersynchronisierung</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft …</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The calendar sync failed: {reason}</source>
        <translation>Die Kalendersynchronisierung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Synced {time}</source>
        <translation>Synchronisiert um {time}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Calendar sync stopped</source>
        <translation>Kalendersynchronisierung angehalten</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <location filename="../../app/ui/matrix/capture.py" line="+69"/>
        <source>Not added: {error}.</source>
        <translation>Nicht hinzugefügt: {error}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing added: line {number}: {error}.</source>
        <translation>Nichts hinzugefügt: Zeile {number}: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Tasks</source>
        <translation>Aufgaben hinzufügen</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../../app/ui/matrix/card_delegate.py" line="+60"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>was {when}</source>
        <translation>war {when}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Overdue · {when}</source>
        <translation>Überfällig · {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due {when}</source>
        <translation>Fällig {when}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>follow up — overdue</source>
        <translation>Nachfassen – überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow up today</source>
        <translation>Nachfassen heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/ui/matrix/lane_model.py" line="+67"/>
        <source>follow up {when}</source>
        <translation>Nachfassen {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/matrix/lane_model.py" line="-14"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue, was due {date}</source>
        <translation>überfällig, war fällig am {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due {date}</source>
        <translation>fällig am {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>estimate {estimate}</source>
        <translation>Schätzung {estimate}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delegated to {person}</source>
        <translation>delegiert an {person}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tags {tags}</source>
        <translation>Schlagwörter {tags}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../app/ui/matrix/lane_panel.py" line="+75"/>
        <source>{shown} of %n open task(s) shown</source>
        <translation>
            <numerusform>{shown} von %n offenen Aufgabe angezeigt</numerusform>
            <numerusform>{shown} von %n offenen Aufgaben angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../../app/ui/shell/restore_dialog.py" line="+43"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n offene Aufgabe</numerusform>
            <numerusform>%n offene Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/board.py" line="+62"/>
        <location filename="../../app/ui/matrix/capture.py" line="+6"/>
        <source>Add %n Task(s)</source>
        <translation>
            <numerusform>%n Aufgabe hinzufügen</numerusform>
            <numerusform>%n Aufgaben hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>Delete %n Task(s)</source>
        <translation>
            <numerusform>Aufgabe löschen</numerusform>
            <numerusform>%n Aufgaben löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Dismiss %n Suggestion(s)</source>
        <translation>
            <numerusform>Vorschlag verwerfen</numerusform>
            <numerusform>%n Vorschläge verwerfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Add %n Block(s)</source>
        <translation>
            <numerusform>Block hinzufügen</numerusform>
            <numerusform>%n Blöcke hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Delete %n Block(s)</source>
        <translation>
            <numerusform>Block löschen</numerusform>
            <numerusform>%n Blöcke löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/commands.py" line="+87"/>
        <source>The {fields} of “{title}” was changed elsewhere and kept.</source>
        <translation>
            <numerusform>Anderswo geänderte Angabe bei „{title}“ beibehalten: {fields}.</numerusform>
            <numerusform>Anderswo geänderte Angaben bei „{title}“ beibehalten: {fields}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more were changed elsewhere and kept.</source>
        <translation>
            <numerusform>Bei %n weiteren Aufgabe anderswo geänderte Angaben beibehalten.</numerusform>
            <numerusform>Bei %n weiteren Aufgaben anderswo geänderte Angaben beibehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/matrix/matrix_widget.py" line="+298"/>
        <location filename="../../app/ui/matrix/suggesting.py" line="+100"/>
        <source>%n task(s) moved to {lane}.</source>
        <translation>
            <numerusform>%n Aufgabe nach „{lane}“ verschoben.</numerusform>
            <numerusform>%n Aufgaben nach „{lane}“ verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n task(s) marked done.</source>
        <translation>
            <numerusform>%n Aufgabe als erledigt markiert.</numerusform>
            <numerusform>%n Aufgaben als erledigt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n task(s) marked not done.</source>
        <translation>
            <numerusform>%n Aufgabe als nicht erledigt markiert.</numerusform>
            <numerusform>%n Aufgaben als nicht erledigt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n task(s) deleted. Undo brings them back.</source>
        <translation>
            <numerusform>%n Aufgabe gelöscht. „Rückgängig“ holt sie zurück.</numerusform>
            <numerusform>%n Aufgaben gelöscht. „Rückgängig“ holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/matrix/suggesting.py" line="+10"/>
        <source>Suggestion dismissed for %n task(s).</source>
        <translation>
            <numerusform>Vorschlag für %n Aufgabe verworfen.</numerusform>
            <numerusform>Vorschläge für %n Aufgaben verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/reminders.py" line="+60"/>
        <source>Your focus block starts in %n min, at {start}.</source>
        <translation>
            <numerusform>Ihr Fokusblock beginnt in %n Min., um {start}.</numerusform>
            <numerusform>Ihr Fokusblock beginnt in %n Min., um {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Your meeting block starts in %n min, at {start}.</source>
        <translation>
            <numerusform>Ihre Besprechung beginnt in %n Min., um {start}.</numerusform>
            <numerusform>Ihre Besprechung beginnt in %n Min., um {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Your personal block starts in %n min, at {start}.</source>
        <translation>
            <numerusform>Ihr privater Block beginnt in %n Min., um {start}.</numerusform>
            <numerusform>Ihr privater Block beginnt in %n Min., um {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n Min.</numerusform>
            <numerusform>noch %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h left</source>
        <translation>
            <numerusform>noch %n Std.</numerusform>
            <numerusform>noch %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/repeats.py" line="+305"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>jede Woche</numerusform>
            <numerusform>alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>jeden Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>jedes Jahr</numerusform>
            <numerusform>alle %n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/task_repeats.py" line="+92"/>
        <source>%n day(s) after it is done</source>
        <translation>
            <numerusform>%n Tag nach Erledigung</numerusform>
            <numerusform>%n Tage nach Erledigung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/model/urgency.py" line="+52"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>In %n Tag fällig</numerusform>
            <numerusform>In %n Tagen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n delegated task(s) to follow up today (View ▸ Waiting For).</source>
        <translation>
            <numerusform>Bei %n delegierten Aufgabe heute nachfassen (Ansicht ▸ Warten auf).</numerusform>
            <numerusform>Bei %n delegierten Aufgaben heute nachfassen (Ansicht ▸ Warten auf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/all_day_row.py" line="+106"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/repeat_field.py" line="+116"/>
        <source> time(s)</source>
        <translation>
            <numerusform> Mal</numerusform>
            <numerusform> Mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> week(s) on</source>
        <translation>
            <numerusform> Woche am</numerusform>
            <numerusform> Wochen am</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/task_drops.py" line="+104"/>
        <source>Schedule %n Task(s)</source>
        <translation>
            <numerusform>%n Aufgabe einplanen</numerusform>
            <numerusform>%n Aufgaben einplanen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{count} of %n task(s) scheduled: the rest did not fit before midnight.</source>
        <translation>
            <numerusform>{count} von %n Aufgabe eingeplant: Der Rest passte nicht mehr vor Mitternacht.</numerusform>
            <numerusform>{count} von %n Aufgaben eingeplant: Der Rest passte nicht mehr vor Mitternacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>{count} of %n task(s) scheduled: the rest did not fit in this week&apos;s working hours.</source>
        <translation>
            <numerusform>{count} von %n Aufgabe eingeplant: Der Rest passte nicht in die Arbeitszeit dieser Woche.</numerusform>
            <numerusform>{count} von %n Aufgaben eingeplant: Der Rest passte nicht in die Arbeitszeit dieser Woche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/calendar/week_templates.py" line="+53"/>
        <source>Saved %n focus block(s) as template “{name}”.</source>
        <translation>
            <numerusform>%n Fokusblock als Vorlage „{name}“ gespeichert.</numerusform>
            <numerusform>%n Fokusblöcke als Vorlage „{name}“ gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/matrix/capture.py" line="-5"/>
        <source>Add %n task(s), one for each line you pasted?</source>
        <translation>
            <numerusform>%n Aufgabe hinzufügen, eine pro eingefügte Zeile?</numerusform>
            <numerusform>%n Aufgaben hinzufügen, eine pro eingefügte Zeile?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/printing/plan_printing.py" line="+138"/>
        <source>Saved {name} (%n page(s)).</source>
        <translation>
            <numerusform>{name} gespeichert (%n Seite).</numerusform>
            <numerusform>{name} gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/data_file_notices.py" line="+22"/>
        <source>%n task(s) in the data file could not be read and not shown; the file keeps them unchanged: {problems}.</source>
        <translation>
            <numerusform>%n Aufgabe in der Datendatei konnte nicht gelesen werden und wird nicht angezeigt; die Datei behält sie unverändert: {problems}.</numerusform>
            <numerusform>%n Aufgaben in der Datendatei konnten nicht gelesen werden und werden nicht angezeigt; die Datei behält sie unverändert: {problems}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <location filename="../../app/ui/printing/plan_renderer.py" line="+321"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../app/ui/printing/plan_renderer.py" line="+2"/>
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n Block</numerusform>
            <numerusform>%n Blöcke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/printing/plan_renderer.py" line="+49"/>
        <source>%n task(s) waiting to be triaged</source>
        <translation>
            <numerusform>%n Aufgabe wartet auf Einordnung</numerusform>
            <numerusform>%n Aufgaben warten auf Einordnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/review/review_window.py" line="+213"/>
        <source>%n task(s) have no estimate: {names}.</source>
        <translation>
            <numerusform>%n Aufgabe hat keine Schätzung: {names}.</numerusform>
            <numerusform>%n Aufgaben haben keine Schätzung: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n done ({lanes}): {titles}.</source>
        <translation>
            <numerusform>%n erledigt ({lanes}): {titles}.</numerusform>
            <numerusform>%n erledigt ({lanes}): {titles}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/waiting/waiting_window.py" line="+156"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n Nachfasstermin überfällig</numerusform>
            <numerusform>%n Nachfasstermine überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/calendar_account.py" line="-48"/>
        <source>Found %n calendar(s).</source>
        <translation>
            <numerusform>%n Kalender gefunden.</numerusform>
            <numerusform>%n Kalender gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/calendar_summaries.py" line="-36"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+10"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n to-do(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/calendar_files.py" line="-96"/>
        <source>Wrote %n block(s) of {week} to {file}.</source>
        <translation>
            <numerusform>%n Block aus {week} in {file} geschrieben.</numerusform>
            <numerusform>%n Blöcke aus {week} in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/calendar_sync.py" line="-13"/>
        <source>{synced} · %n conflict(s)</source>
        <translation>
            <numerusform>{synced} · %n Konflikt</numerusform>
            <numerusform>{synced} · %n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Offline · next try in %n min</source>
        <translation>
            <numerusform>Offline · nächster Versuch in %n Min.</numerusform>
            <numerusform>Offline · nächster Versuch in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/error_dialog.py" line="+109"/>
        <source>{what} It happened %n times.</source>
        <translation>
            <numerusform>{what} Es ist %n-mal passiert.</numerusform>
            <numerusform>{what} Es ist %n-mal passiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/write_queue.py" line="+217"/>
        <source>Not saved (%n changes): another program kept the data file locked; nothing was changed; try again.</source>
        <translation>
            <numerusform>Nicht gespeichert (%n Änderung): Ein anderes Programm hielt die Datendatei gesperrt; es wurde nichts geändert; versuchen Sie es erneut.</numerusform>
            <numerusform>Nicht gespeichert (%n Änderungen): Ein anderes Programm hielt die Datendatei gesperrt; es wurde nichts geändert; versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <location filename="../../app/ui/application.py" line="+237"/>
        <source>Quadrant found damage in its data file {path} ({problem}). Your tasks stay as shown, but saving may fail. Quit Quadrant soon: at the next start the damaged file is moved aside, kept for recovery, and a new task list begins.</source>
        <translation>Quadrant hat Schäden in seiner Datendatei {path} gefunden ({problem}). Ihre Aufgaben bleiben wie angezeigt, aber das Speichern kann fehlschlagen. Beenden Sie Quadrant bald: Beim nächsten Start wird die beschädigte Datei zur Seite gelegt und zur Wiederherstellung aufbewahrt, und eine neue Aufgabenliste beginnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quadrant found a damaged file</source>
        <translation>Quadrant hat eine beschädigte Datei gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quadrant stopped saving</source>
        <translation>Quadrant speichert nicht mehr</translation>
    </message>
    <message>
        <location filename="../../app/ui/open_file.py" line="+48"/>
        <source>The data file {path} was moved away or replaced by another program while this window had it open (a Quadrant command sets a damaged file aside). This window no longer saves, so nothing goes into the old file; what you typed is kept on screen. Quit and start Quadrant again to open the file now in place.</source>
        <translation>Die Datendatei {path} wurde von einem anderen Programm verschoben oder ersetzt, während dieses Fenster sie geöffnet hatte (ein Quadrant-Befehl legt eine beschädigte Datei zur Seite). Dieses Fenster speichert nicht mehr, damit nichts in die alte Datei geht; was Sie eingegeben haben, bleibt auf dem Bildschirm. Beenden und starten Sie Quadrant neu, um die Datei zu öffnen, die jetzt dort liegt.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../app/ui/local_dates.py" line="+37"/>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/repeat_field.py" line="-28"/>
        <location filename="../../app/ui/local_dates.py" line="+5"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/local_dates.py" line="+2"/>
        <location line="+14"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>d</source>
        <translation>d.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/restore_dialog.py" line="-5"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DelegatePopup</name>
    <message>
        <location filename="../../app/ui/matrix/delegate_popup.py" line="+35"/>
        <source>Delegate</source>
        <translation>Delegieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who will do “{title}”?</source>
        <translation>Wer übernimmt „{title}“?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delegate to</source>
        <translation>Delegieren an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who will do it?</source>
        <translation>Wer übernimmt es?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up</source>
        <translation>&amp;Nachfassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To</source>
        <translation>An</translation>
    </message>
</context>
<context>
    <name>DesktopNotice</name>
    <message>
        <location filename="../../app/ui/shell/desktop_notice.py" line="+122"/>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/shell/error_dialog.py" line="-42"/>
        <source>Quadrant ran into a problem</source>
        <translation>In Quadrant ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Something went wrong: {summary}.</source>
        <translation>Etwas ist schiefgegangen: {summary}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The window keeps running, but what you did last may not have been done; look before you go on. The details are also in the log folder: copy them into a bug report.</source>
        <translation>Das Fenster läuft weiter, aber Ihr letzter Schritt wurde vielleicht nicht ausgeführt; sehen Sie nach, bevor Sie weitermachen. Die Details stehen auch im Protokollordner: Kopieren Sie sie in einen Fehlerbericht.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/application.py" line="-130"/>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/background_write.py" line="+75"/>
        <source>not saved: {reason}</source>
        <translation>nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/board.py" line="+57"/>
        <source>an earlier change is still waiting for the data file</source>
        <translation>eine frühere Änderung wartet noch auf die Datendatei</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/repeat_field.py" line="+79"/>
        <source>choose the days of the week it repeats on</source>
        <translation>wählen Sie die Wochentage, an denen er sich wiederholt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the last day it repeats is before its first</source>
        <translation>der letzte Tag der Wiederholung liegt vor dem ersten</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/working_hours.py" line="+35"/>
        <source>The day must end after it starts.</source>
        <translation>Der Tag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/plan_pdf.py" line="+74"/>
        <source>could not write {name}: {reason}</source>
        <translation>{name} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/form_dialog.py" line="+98"/>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/model/block.py" line="+33"/>
        <source>unknown kind “{text}”; use one of {names}</source>
        <translation>unbekannte Art „{text}“; verwenden Sie eine von: {names}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the block ends before it starts</source>
        <translation>der Block endet, bevor er beginnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/model/parsing.py" line="+222"/>
        <source>the block has no length; it must last at least one minute</source>
        <translation>der Block hat keine Länge; er muss mindestens eine Minute dauern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a block can last at most 24 hours</source>
        <translation>ein Block kann höchstens 24 Stunden dauern</translation>
    </message>
    <message>
        <location filename="../../app/model/blocks.py" line="+168"/>
        <location filename="../../app/model/series.py" line="+194"/>
        <source>time block #{id} does not exist (it may have been deleted)</source>
        <translation>Zeitblock #{id} existiert nicht (er wurde vielleicht gelöscht)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../app/model/tasks.py" line="+178"/>
        <source>task #{id} does not exist (it may have been deleted)</source>
        <translation>Aufgabe #{id} existiert nicht (sie wurde vielleicht gelöscht)</translation>
    </message>
    <message>
        <location filename="../../app/model/caldav_server.py" line="+248"/>
        <source>The server does not let this account change that calendar.</source>
        <translation>Der Server erlaubt diesem Konto nicht, diesen Kalender zu ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server failed (error {status}); try again later.</source>
        <translation>Beim Server ist ein Fehler aufgetreten (Fehler {status}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the request (error {status}).</source>
        <translation>Der Server hat die Anfrage abgelehnt (Fehler {status}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server did not accept the user name and password.</source>
        <translation>Der Server hat Benutzername und Passwort nicht angenommen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A secure connection to {host} cannot be made (TLS error): check the address and the server&apos;s certificate.</source>
        <translation>Zu {host} kann keine sichere Verbindung hergestellt werden (TLS-Fehler): Prüfen Sie die Adresse und das Zertifikat des Servers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server {host} cannot be found: check the address.</source>
        <translation>Der Server {host} wurde nicht gefunden: Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server {host} did not answer in time; try again later.</source>
        <translation>Der Server {host} hat nicht rechtzeitig geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection to {host} broke off; try again later.</source>
        <translation>Die Verbindung zu {host} ist abgebrochen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer from {host} was cut short or is not CalDAV; try again later.</source>
        <translation>Die Antwort von {host} war unvollständig oder ist kein CalDAV; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server {host} cannot be reached; try again later.</source>
        <translation>Der Server {host} ist nicht erreichbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server {host} gave an answer Quadrant cannot use ({reason}).</source>
        <translation>Der Server {host} hat eine Antwort gegeben, mit der Quadrant nichts anfangen kann ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/model/calendar_fields.py" line="+55"/>
        <source>a line it cannot read left out ({reason})</source>
        <translation>eine unlesbare Zeile ausgelassen ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} lines it cannot read left out ({reason})</source>
        <translation>{count} unlesbare Zeilen ausgelassen ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title cut to {limit} characters</source>
        <translation>Titel auf {limit} Zeichen gekürzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes cut to {limit:,} characters</source>
        <translation>Notizen auf {limit} Zeichen gekürzt</translation>
    </message>
    <message>
        <location filename="../../app/model/calendar_import.py" line="+191"/>
        <source>event {uid}: its repeat rule cannot be read ({reason})</source>
        <translation>Termin {uid}: seine Wiederholungsregel kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>“{title}” ends before it starts</source>
        <translation>„{title}“ endet vor seinem Beginn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” lasts longer than a day</source>
        <translation>„{title}“ dauert länger als einen Tag</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>bad {name} ({reason})</source>
        <translation>fehlerhaftes {name} ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no DTSTART</source>
        <translation>kein DTSTART</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreadable ({reason})</source>
        <translation>unlesbar ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to-do at line {line}: {problem}</source>
        <translation>Aufgabe in Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to-do {uid}: {problem}</source>
        <translation>Aufgabe {uid}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to-do: {problem}</source>
        <translation>Aufgabe: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone at line {line}: {problem}</source>
        <translation>Zeitzone in Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone {uid}: {problem}</source>
        <translation>Zeitzone {uid}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone: {problem}</source>
        <translation>Zeitzone: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event at line {line}: {problem}</source>
        <translation>Termin in Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event {uid}: {problem}</source>
        <translation>Termin {uid}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event: {problem}</source>
        <translation>Termin: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/model/calendar_reading.py" line="+81"/>
        <source>no END:{name} before line {line}</source>
        <translation>kein END:{name} vor Zeile {line}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no END:{name}</source>
        <translation>kein END:{name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no END:{name} (the file ends)</source>
        <translation>kein END:{name} (die Datei endet)</translation>
    </message>
    <message>
        <location filename="../../app/model/database.py" line="+69"/>
        <source>The data file could not be read and was moved to {moved}. Quadrant started a new, empty task list; the old file is kept for recovery.</source>
        <translation>Die Datendatei konnte nicht gelesen werden und wurde nach {moved} verschoben. Quadrant hat mit einer neuen, leeren Aufgabenliste begonnen; die alte Datei bleibt zur Wiederherstellung erhalten.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the data folder&apos;s path is too long ({length} characters): SQLite cannot open files whose path is longer than {limit}; choose a shorter folder</source>
        <translation>der Pfad des Datenordners ist zu lang ({length} Zeichen): SQLite kann keine Dateien öffnen, deren Pfad länger als {limit} ist; wählen Sie einen kürzeren Ordner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>der Datenordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open the data file {path}: {reason}; nothing was changed</source>
        <translation>die Datendatei {path} kann nicht geöffnet werden: {reason}; es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the data file {path}: {reason}</source>
        <translation>die Datendatei {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the data file {path} is empty and could not be moved aside: {reason}</source>
        <translation>die Datendatei {path} ist leer und konnte nicht beiseitegelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data file {path} was empty (0 bytes); it was moved to {moved} and Quadrant started a new, empty task list.</source>
        <translation>Die Datendatei {path} war leer (0 Bytes); sie wurde nach {moved} verschoben und Quadrant hat mit einer neuen, leeren Aufgabenliste begonnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data file {path} was empty (0 bytes); it was moved to {moved} and Quadrant started a new, empty task list. The newest backup, {backup}, can be restored.</source>
        <translation>Die Datendatei {path} war leer (0 Bytes); sie wurde nach {moved} verschoben und Quadrant hat mit einer neuen, leeren Aufgabenliste begonnen. Die neueste Sicherung, {backup}, kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../app/model/delegation.py" line="+68"/>
        <source>give the person a name</source>
        <translation>geben Sie der Person einen Namen</translation>
    </message>
    <message>
        <location filename="../../app/model/file_writing.py" line="+36"/>
        <source>could not write {path}: it is a folder</source>
        <translation>{path} konnte nicht geschrieben werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not write {name}: the folder {folder} does not exist</source>
        <translation>{name} konnte nicht geschrieben werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/model/history.py" line="+185"/>
        <source>task event #{id} in the data file cannot be read ({reason})</source>
        <translation>Aufgabenereignis #{id} in der Datendatei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/model/migration.py" line="+80"/>
        <source>Quadrant could not upgrade the data file {path} ({reason}); the file was not changed; a copy from before the upgrade is kept at {copy}</source>
        <translation>Quadrant konnte die Datendatei {path} nicht aktualisieren ({reason}); die Datei wurde nicht verändert; eine Kopie von vor der Aktualisierung liegt unter {copy}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quadrant could not upgrade the data file {path} ({reason}); the file was not changed</source>
        <translation>Quadrant konnte die Datendatei {path} nicht aktualisieren ({reason}); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Quadrant could not copy the data file {path} before upgrading it ({reason}); the file was not changed</source>
        <translation>Quadrant konnte die Datendatei {path} vor der Aktualisierung nicht kopieren ({reason}); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../../app/model/parsing.py" line="-196"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a task needs a title</source>
        <translation>eine Aufgabe braucht einen Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block needs a title</source>
        <translation>ein Block braucht einen Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a task needs a title you can see; this one is only invisible marks</source>
        <translation>eine Aufgabe braucht einen sichtbaren Titel; dieser besteht nur aus unsichtbaren Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a block needs a title you can see; this one is only invisible marks</source>
        <translation>ein Block braucht einen sichtbaren Titel; dieser besteht nur aus unsichtbaren Zeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the title has bytes that are not UTF-8 text</source>
        <translation>der Titel enthält Bytes, die kein UTF-8-Text sind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the title is {length:,} characters long; the limit is {limit} (put the rest in the notes)</source>
        <translation>der Titel ist {length} Zeichen lang; erlaubt sind {limit} (schreiben Sie den Rest in die Notizen)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the notes have bytes that are not UTF-8 text</source>
        <translation>die Notizen enthalten Bytes, die kein UTF-8-Text sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the notes are {length:,} characters long; the limit is {limit:,}</source>
        <translation>die Notizen sind {length} Zeichen lang; erlaubt sind {limit}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“{text}” is not a date: there is no year 0</source>
        <translation>„{text}“ ist kein Datum: Es gibt kein Jahr 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is not a date: there is no month {month}</source>
        <translation>„{text}“ ist kein Datum: Es gibt keinen Monat {month}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{text}” is not a date: {month_name} {year} has {days} days</source>
        <translation>„{text}“ ist kein Datum: Der {month_name} {year} hat {days} Tage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{text}” is not a date; use YYYY-MM-DD, today, tomorrow, a weekday or +3d</source>
        <translation>„{text}“ ist kein Datum; verwenden Sie JJJJ-MM-TT, heute, morgen, einen Wochentag oder +3d</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{text}” is not a time of day; use HH:MM, e.g. 09:30</source>
        <translation>„{text}“ ist keine Uhrzeit; verwenden Sie HH:MM, z. B. 09:30</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is not a time of day: the clock goes to 23:59</source>
        <translation>„{text}“ ist keine Uhrzeit: Die Uhr geht bis 23:59</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{text}” needs a date and a time, e.g. 2026-11-24 09:00</source>
        <translation>„{text}“ braucht ein Datum und eine Uhrzeit, z. B. 2026-11-24 09:00</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{text}” is not a number of minutes</source>
        <translation>„{text}“ ist keine Anzahl von Minuten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a block can last at most 24 hours (1440 minutes)</source>
        <translation>ein Block kann höchstens 24 Stunden (1440 Minuten) dauern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{text}” is not an estimate; use minutes or hours like 45m, 2h or 1h30m</source>
        <translation>„{text}“ ist keine Schätzung; verwenden Sie Minuten oder Stunden wie 45m, 2h oder 1h30m</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” is longer than a week; split the task instead</source>
        <translation>„{text}“ ist länger als eine Woche; teilen Sie die Aufgabe lieber auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an estimate must be at least one minute</source>
        <translation>eine Schätzung muss mindestens eine Minute betragen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the delegate&apos;s name has bytes that are not UTF-8 text</source>
        <translation>der Name der beauftragten Person enthält Bytes, die kein UTF-8-Text sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a delegate&apos;s name can be at most {limit} characters</source>
        <translation>der Name der beauftragten Person darf höchstens {limit} Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the name has bytes that are not UTF-8 text</source>
        <translation>der Name enthält Bytes, die kein UTF-8-Text sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name can be at most {limit} characters</source>
        <translation>ein Name darf höchstens {limit} Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the tag list has bytes that are not UTF-8 text</source>
        <translation>die Schlagwortliste enthält Bytes, die kein UTF-8-Text sind</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the tag “{tag}” is longer than {limit} characters</source>
        <translation>das Schlagwort „{tag}“ ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/model/plan.py" line="+395"/>
        <source>the data file could not be read: {reason}</source>
        <translation>die Datendatei konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/model/quadrant.py" line="+36"/>
        <source>unknown quadrant “{text}”; use one of {names}</source>
        <translation>unbekannter Quadrant „{text}“; verwenden Sie einen von: {names}</translation>
    </message>
    <message>
        <location filename="../../app/model/reading.py" line="+31"/>
        <source>task #{id} in the data file cannot be read ({reason})</source>
        <translation>Aufgabe #{id} in der Datendatei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time block #{id} in the data file cannot be read ({reason})</source>
        <translation>Zeitblock #{id} in der Datendatei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>task #{id} in the data file cannot be read (its quadrant “{value}” is not valid)</source>
        <translation>Aufgabe #{id} in der Datendatei kann nicht gelesen werden (ihr Quadrant „{value}“ ist ungültig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task #{id} in the data file cannot be read (its status “{value}” is not valid)</source>
        <translation>Aufgabe #{id} in der Datendatei kann nicht gelesen werden (ihr Status „{value}“ ist ungültig)</translation>
    </message>
    <message>
        <location filename="../../app/model/repeats.py" line="-238"/>
        <source>“{text}” is not a repeat rule; write it like FREQ=WEEKLY;BYDAY=TU,TH</source>
        <translation>„{text}“ ist keine Wiederholungsregel; schreiben Sie sie wie FREQ=WEEKLY;BYDAY=TU,TH</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{text}” needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY (blocks repeat at most daily)</source>
        <translation>„{text}“ braucht FREQ=DAILY, WEEKLY, MONTHLY oder YEARLY (Blöcke wiederholen sich höchstens täglich)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{text}” gives both UNTIL and COUNT; a repeat ends one way</source>
        <translation>„{text}“ gibt sowohl UNTIL als auch COUNT an; eine Wiederholung endet nur auf eine Weise</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{text}” is not a repeat rule Quadrant can follow ({reason})</source>
        <translation>„{text}“ ist keine Wiederholungsregel, die Quadrant unterstützt ({reason})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{text}” has an UNTIL that is not a date: {value}</source>
        <translation>„{text}“ hat ein UNTIL, das kein Datum ist: {value}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a repeat happens at least once; give a count of 1 or more</source>
        <translation>eine Wiederholung findet mindestens einmal statt; geben Sie eine Anzahl von 1 oder mehr an</translation>
    </message>
    <message>
        <location filename="../../app/model/restore.py" line="+68"/>
        <source>there is no backup called “{name}” in {folder}; `quadrant backup list` shows the backups there are</source>
        <translation>in {folder} gibt es keine Sicherung namens „{name}“; `quadrant backup list` zeigt die vorhandenen Sicherungen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the backup could not be restored: {reason}</source>
        <translation>die Sicherung konnte nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the backup {name} is damaged ({reason}); it cannot be restored</source>
        <translation>die Sicherung {name} ist beschädigt ({reason}); sie kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the backup {name} holds no Quadrant data; it cannot be restored</source>
        <translation>die Sicherung {name} enthält keine Quadrant-Daten; sie kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../app/model/salvage.py" line="+41"/>
        <source>the data file {path} is damaged and could not be moved aside: {reason}</source>
        <translation>die Datendatei {path} ist beschädigt und konnte nicht beiseitegelegt werden: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data file {path} had a damaged index; Quadrant rebuilt it and every task and block was kept (the damaged file is kept at {moved}).</source>
        <translation>Die Datendatei {path} hatte einen beschädigten Index; Quadrant hat ihn neu aufgebaut und alle Aufgaben und Blöcke blieben erhalten (die beschädigte Datei liegt unter {moved}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data file {path} was damaged. Quadrant recovered {tasks} and {blocks} from it into a new file; the damaged file is kept at {moved}.</source>
        <translation>Die Datendatei {path} war beschädigt. Quadrant hat daraus {tasks} und {blocks} in eine neue Datei gerettet; die beschädigte Datei liegt unter {moved}.</translation>
    </message>
    <message>
        <location filename="../../app/model/schema.py" line="+165"/>
        <source>its {name} “{value}” is not valid</source>
        <translation>der Wert „{value}“ in {name} ist ungültig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <location filename="../../app/model/series.py" line="-137"/>
        <source>one occurrence cannot repeat on its own; change its series</source>
        <translation>ein einzelner Termin kann sich nicht allein wiederholen; ändern Sie seine Serie</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>“{title}” does not repeat</source>
        <translation>„{title}“ wiederholt sich nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” no longer repeats (another program changed it)</source>
        <translation>„{title}“ wiederholt sich nicht mehr (ein anderes Programm hat das geändert)</translation>
    </message>
    <message>
        <location filename="../../app/model/storage_errors.py" line="+33"/>
        <source>the data file is locked by another program; nothing was changed — try again in a moment</source>
        <translation>die Datendatei ist von einem anderen Programm gesperrt; es wurde nichts geändert – versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} belongs to another program, not Quadrant; it was left unchanged. Move it elsewhere or choose another data folder.</source>
        <translation>{path} gehört zu einem anderen Programm, nicht zu Quadrant; die Datei wurde nicht verändert. Verschieben Sie sie an einen anderen Ort oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the data file {path} no longer records its schema version (its alembic_version table is empty), so Quadrant cannot tell how to read it; the file was left unchanged</source>
        <translation>die Datendatei {path} verzeichnet ihre Schemaversion nicht mehr (ihre Tabelle alembic_version ist leer), daher weiß Quadrant nicht, wie sie zu lesen ist; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} was written by a newer version of Quadrant (schema {version}); update Quadrant to open it — the file was not changed</source>
        <translation>{path} wurde von einer neueren Version von Quadrant geschrieben (Schema {version}); aktualisieren Sie Quadrant, um die Datei zu öffnen – sie wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>that change breaks a rule of the data file: {reason}</source>
        <translation>diese Änderung verletzt eine Regel der Datendatei: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the disk holding the data file is full; nothing was changed — free some space and try again</source>
        <translation>der Datenträger mit der Datendatei ist voll; es wurde nichts geändert – schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the data file could not be used: {reason}</source>
        <translation>die Datendatei konnte nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/model/sync.py" line="+74"/>
        <source>The calendar “{name}” does not accept tasks (VTODO): choose another one for Quadrant.</source>
        <translation>Der Kalender „{name}“ nimmt keine Aufgaben (VTODO) an: Wählen Sie einen anderen für Quadrant.</translation>
    </message>
    <message>
        <location filename="../../app/model/sync_conflicts.py" line="+22"/>
        <source>“{title}”: changed here and on the server</source>
        <translation>„{title}“: hier und auf dem Server geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}”: deleted here, changed on the server</source>
        <translation>„{title}“: hier gelöscht, auf dem Server geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}”: changed here, deleted on the server</source>
        <translation>„{title}“: hier geändert, auf dem Server gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}”: changed here and on the server (there: “{theirs}”)</source>
        <translation>„{title}“: hier und auf dem Server geändert (dort: „{theirs}“)</translation>
    </message>
    <message>
        <location filename="../../app/model/sync_local.py" line="+135"/>
        <source>it repeats</source>
        <translation>es wiederholt sich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not one event or to-do</source>
        <translation>es ist nicht genau ein Termin oder eine Aufgabe</translation>
    </message>
    <message>
        <location filename="../../app/model/task_filter.py" line="+195"/>
        <source>“{text}” is not a choice; use {choices}</source>
        <translation>„{text}“ steht nicht zur Wahl; verwenden Sie {choices}</translation>
    </message>
    <message>
        <location filename="../../app/model/task_repeats.py" line="-43"/>
        <source>a task repeats at least 1 day after it is done</source>
        <translation>eine Aufgabe wiederholt sich frühestens 1 Tag nach dem Erledigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is not a repeat; use daily, weekdays, weekly, monthly, yearly, “3d after done”, or a rule like FREQ=WEEKLY;BYDAY=MO</source>
        <translation>„{text}“ ist keine Wiederholung; verwenden Sie täglich, werktags, wöchentlich, monatlich, jährlich, „3T nach Erledigung“ oder eine Regel wie FREQ=WEEKLY;BYDAY=MO</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a repeating task repeats until you stop it: leave out UNTIL and COUNT</source>
        <translation>eine wiederkehrende Aufgabe wiederholt sich, bis Sie sie beenden: Lassen Sie UNTIL und COUNT weg</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>this repeat has no next date</source>
        <translation>diese Wiederholung hat keinen nächsten Termin</translation>
    </message>
    <message>
        <location filename="../../app/model/week.py" line="+161"/>
        <source>“{text}” is not a week; write it as YYYY-Www, e.g. 2026-W48</source>
        <translation>„{text}“ ist keine Woche; schreiben Sie sie als YYYY-Www, z. B. 2026-W48</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{text}” is not a week: there is no year 0</source>
        <translation>„{text}“ ist keine Woche: Es gibt kein Jahr 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{text}” is not a week: {year} has weeks 1 to {weeks}</source>
        <translation>„{text}“ ist keine Woche: {year} hat die Wochen 1 bis {weeks}</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../../app/ui/matrix/find.py" line="+36"/>
        <source>Filter tasks</source>
        <translation>Aufgaben filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter: words, #tag, @person, due:week, is:done — Esc clears</source>
        <translation>Filter: Wörter, #Schlagwort, @Person, due:week, is:done – Esc leert</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Filter: {error}.</source>
        <translation>Filter: {error}.</translation>
    </message>
</context>
<context>
    <name>FocusTimer</name>
    <message>
        <location filename="../../app/ui/shell/focus_timer.py" line="+34"/>
        <source>Done?</source>
        <translation>Erledigt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the focus block&apos;s task done</source>
        <translation>Die Aufgabe des Fokusblocks als erledigt markieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Focus: {title} · {left}</source>
        <translation>Fokus: {title} · {left}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{title}” is over.</source>
        <translation>„{title}“ ist vorbei.</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <location filename="../../app/ui/matrix/lane_panel.py" line="-46"/>
        <source>Press {key} to send selected tasks here</source>
        <translation>Drücken Sie {key}, um ausgewählte Aufgaben hierher zu verschieben</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{shown} of {count}</source>
        <translation>{shown} von {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/matrix/lane_view.py" line="+52"/>
        <source>No task here matches the filter.</source>
        <translation>Hier passt keine Aufgabe zum Filter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up and Down choose a card, Left and Right go to the next lane. 1 to 4 send the selected cards to Do, Defer, Delegate or Eliminate and 0 back to the Inbox; Space marks them done, Enter edits, B blocks time in the week, Delete deletes.</source>
        <translation>Auf und Ab wählen eine Karte, Links und Rechts wechseln zur nächsten Spalte. 1 bis 4 verschieben die ausgewählten Karten nach „Erledigen“, „Planen“, „Delegieren“ oder „Eliminieren“, 0 zurück in den Eingang; die Leertaste hakt sie ab, die Eingabetaste bearbeitet, B blockt Zeit in der Woche, Entf löscht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{lane}: {subtitle}</source>
        <translation>{lane}: {subtitle}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/theme.py" line="-45"/>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not triaged yet</source>
        <translation>Noch nicht eingeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tasks land here.
Drag each one into a quadrant,
or select it and press 1–4.</source>
        <translation>Neue Aufgaben landen hier.
Ziehen Sie jede in einen Quadranten
oder wählen Sie sie aus und drücken Sie 1–4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent · Important</source>
        <translation>Dringend · Wichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crises, deadlines and what
only you can do — today.</source>
        <translation>Krisen, Fristen und was
nur Sie tun können – heute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defer</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important · Not urgent</source>
        <translation>Wichtig · Nicht dringend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coaching, planning, your own growth.
Schedule time for these.</source>
        <translation>Coaching, Planung, Ihre eigene Entwicklung.
Planen Sie Zeit dafür ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delegate</source>
        <translation>Delegieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent · Not important</source>
        <translation>Dringend · Nicht wichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand it to someone,
and set a follow-up date.</source>
        <translation>Übergeben Sie die Aufgabe
und legen Sie einen Nachfasstermin fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eliminate</source>
        <translation>Eliminieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not urgent · Not important</source>
        <translation>Nicht dringend · Nicht wichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say no on purpose:
drop it, or park it here.</source>
        <translation>Sagen Sie bewusst Nein:
verwerfen oder hier parken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/matrix/lane_filling.py" line="+131"/>
        <source>Only the first cards of long lanes are shown: the rest could not be read ({error}). Restart Quadrant to try again.</source>
        <translation>Nur die ersten Karten langer Spalten werden angezeigt: Der Rest konnte nicht gelesen werden ({error}). Starten Sie Quadrant neu, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="+356"/>
        <source>About Quadrant</source>
        <translation>Über Quadrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Quadrant {version}&lt;/b&gt;&lt;p&gt;Triage with the Eisenhower matrix, block focus time, print the week. Your data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Quadrant {version}&lt;/b&gt;&lt;p&gt;Aufgaben mit der Eisenhower-Matrix einordnen, Fokuszeit blocken, die Woche drucken. Ihre Daten bleiben auf diesem Computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../../app/ui/matrix/matrix_widget.py" line="-247"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not urgent</source>
        <translation>Nicht dringend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not important</source>
        <translation>Nicht wichtig</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Select a task first.</source>
        <translation>Wählen Sie zuerst eine Aufgabe aus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/matrix/suggesting.py" line="-17"/>
        <location line="+14"/>
        <source>Nothing suggested for the selection.</source>
        <translation>Für die Auswahl gibt es keinen Vorschlag.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="+54"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;Name on the Plan…</source>
        <translation>Ihr &amp;Name auf dem Plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Calendar…</source>
        <translation>Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Calendar…</source>
        <translation>Kalender &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar &amp;Account…</source>
        <translation>Kalender&amp;konto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+217"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+214"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>&amp;New Task</source>
        <translation>&amp;Neue Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Task…	Enter</source>
        <translation>Aufgabe &amp;bearbeiten…	Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Done / Not Done</source>
        <translation>&amp;Erledigt / nicht erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Task</source>
        <translation>Aufgabe &amp;löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Triage</source>
        <translation>&amp;Einordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to {lane}</source>
        <translation>Verschieben nach: {lane}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Accept Suggested Move</source>
        <translation>Vorgeschlagene Verschiebung &amp;annehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dis&amp;miss Suggestion</source>
        <translation>Vorschlag &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Block Time in the Week</source>
        <translation>&amp;Zeit in der Woche blocken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to {lane}</source>
        <translation>Wechseln zu: {lane}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Completed Tasks</source>
        <translation>&amp;Erledigte Aufgaben zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous Week</source>
        <translation>&amp;Vorige Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;This Week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Week as Te&amp;mplate…</source>
        <translation>Woche als Vor&amp;lage speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply Template…</source>
        <translation>Vorlage &amp;anwenden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly &amp;Review</source>
        <translation>Wochen&amp;rückblick</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting &amp;For</source>
        <translation>Warten au&amp;f</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matrix &amp;and Week</source>
        <translation>Matri&amp;x und Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matrix Only</source>
        <translation>Nur Ma&amp;trix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week Only</source>
        <translation>Nur &amp;Woche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Appearance</source>
        <translation>Erscheinungs&amp;bild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;Conflicts…</source>
        <translation>Synchronisierungs&amp;konflikte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working &amp;Hours…</source>
        <translation>Arbeits&amp;zeit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Urgency Horizon…</source>
        <translation>Dringlichkeits&amp;horizont…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block &amp;Reminders</source>
        <translation>Erinnerun&amp;gen an Blöcke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind &amp;Before…</source>
        <translation>Er&amp;innerungsvorlauf…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Quadrant</source>
        <translation>&amp;Über Quadrant</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederholen: {step}</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../app/ui/printing/plan_lists.py" line="+87"/>
        <source>overdue · {day}</source>
        <translation>überfällig · {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>due {day}</source>
        <translation>fällig {day}</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>in {lane}</source>
        <translation>in „{lane}“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no one named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no follow-up date</source>
        <translation>kein Nachfasstermin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow-up overdue · {day}</source>
        <translation>Nachfassen überfällig · {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow up today</source>
        <translation>heute nachfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow up {day}</source>
        <translation>nachfassen {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} · due {day}: follow up before</source>
        <translation>{when} · fällig {day}: vorher nachfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ {person} · {when}</source>
        <translation>→ {person} · {when}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing urgent and important.</source>
        <translation>Nichts Dringendes und Wichtiges.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested for Do</source>
        <translation>Vorgeschlagen für „Erledigen“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not scheduled yet</source>
        <translation>Noch nicht eingeplant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing deferred.</source>
        <translation>Nichts in „Planen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing delegated.</source>
        <translation>Nichts delegiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short blocks</source>
        <translation>Kurze Blöcke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too small to label in the grid:</source>
        <translation>Zu klein für eine Beschriftung im Raster:</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/plan_pages.py" line="+136"/>
        <source>{time} · {kind}</source>
        <translation>{time} · {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/plan_pdf.py" line="+10"/>
        <source>{week} — weekly plan</source>
        <translation>{week} — Wochenplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/plan_printing.py" line="-51"/>
        <source>Quadrant — {week}</source>
        <translation>Quadrant — {week}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print — {week}</source>
        <translation>Drucken — {week}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan could not be printed: {reason}.</source>
        <translation>Der Plan konnte nicht gedruckt werden: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weekly plan {week}.pdf</source>
        <translation>Wochenplan {week}.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Weekly Plan as PDF</source>
        <translation>Wochenplan als PDF exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plan was not saved: {reason}.</source>
        <translation>Der Plan wurde nicht gespeichert: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/plan_renderer.py" line="-233"/>
        <source>Continued on page {page} →</source>
        <translation>Weiter auf Seite {page} →</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{span} · continued</source>
        <translation>{span} · Fortsetzung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{day} · today</source>
        <translation>{day} · heute</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>empty: everything is triaged</source>
        <translation>leer: alles ist eingeordnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{heading} (continued)</source>
        <translation>{heading} (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing/plan_words.py" line="+29"/>
        <source>Week {number}</source>
        <translation>KW {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d</source>
        <translation>ddd, d.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day} {titles}</source>
        <translation>{day} {titles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All day: {events}</source>
        <translation>Ganztägig: {events}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{week} · printed {day}, {time} · Quadrant</source>
        <translation>{week} · gedruckt am {day}, {time} Uhr · Quadrant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../app/model/plan.py" line="-256"/>
        <source>Week {number} · {year}</source>
        <translation>KW {number} · {year}</translation>
    </message>
</context>
<context>
    <name>PlanName</name>
    <message>
        <location filename="../../app/ui/printing/plan_name.py" line="+28"/>
        <source>Your Name on the Plan</source>
        <translation>Ihr Name auf dem Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printed weekly plan shows this name in its header:</source>
        <translation>Der gedruckte Wochenplan zeigt diesen Namen in der Kopfzeile:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name not changed: {reason}.</source>
        <translation>Name nicht geändert: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan will say “{name}”.</source>
        <translation>Der Plan zeigt „{name}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan shows no name.</source>
        <translation>Der Plan zeigt keinen Namen.</translation>
    </message>
</context>
<context>
    <name>QuickAdd</name>
    <message>
        <location filename="../../app/ui/matrix/entry_preview.py" line="+24"/>
        <source>Try: {example}   (!do !defer !delegate !eliminate pick a lane; &quot;quotes&quot; keep words as they are)</source>
        <translation>Zum Beispiel: {example}   (!do !defer !delegate !eliminate wählen die Spalte; &quot;Anführungszeichen&quot; lassen Wörter unverändert)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Adds “{title}”: {fields}</source>
        <translation>Fügt „{title}“ hinzu: {fields}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“{title}”</source>
        <translation>„{title}“</translation>
    </message>
    <message>
        <location filename="../../app/ui/matrix/quick_add.py" line="+29"/>
        <source>Add a task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a task to the Inbox — press Enter  (Ctrl+N from anywhere)</source>
        <translation>Aufgabe in den Eingang – Eingabetaste drücken  (Strg+N von überall)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{placeholder}. {hint}</source>
        <translation>{placeholder}. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/model/quick_entry.py" line="+99"/>
        <source>due {day}</source>
        <translation>fällig {day}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>follow up {day}</source>
        <translation>nachfassen {day}</translation>
    </message>
</context>
<context>
    <name>RemindBefore</name>
    <message>
        <location filename="../../app/ui/shell/reminder_clock.py" line="+100"/>
        <source>Remind Before</source>
        <translation>Erinnerungsvorlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me this many minutes before a block starts (0: at its start):</source>
        <translation>So viele Minuten vor Beginn eines Blocks erinnern (0: bei Beginn):</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../app/model/reminders.py" line="-71"/>
        <source>Your focus block runs now, until {end}.</source>
        <translation>Ihr Fokusblock läuft jetzt, bis {end}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your meeting block runs now, until {end}.</source>
        <translation>Ihre Besprechung läuft jetzt, bis {end}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your personal block runs now, until {end}.</source>
        <translation>Ihr privater Block läuft jetzt, bis {end}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{hours} h {minutes} min left</source>
        <translation>noch {hours} Std. {minutes} Min.</translation>
    </message>
</context>
<context>
    <name>RepeatField</name>
    <message>
        <location filename="../../app/ui/calendar/repeat_field.py" line="-148"/>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every weekday</source>
        <translation>Werktags (Mo–Fr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule</source>
        <translation>Eigene Regel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every how many weeks</source>
        <translation>Abstand in Wochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Repeat rule</source>
        <translation>Wiederholungsregel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many times</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ends</source>
        <translation>endet</translation>
    </message>
</context>
<context>
    <name>Repeats</name>
    <message>
        <location filename="../../app/ui/calendar/block_model.py" line="+182"/>
        <source>repeats {rule}</source>
        <translation>wiederholt sich {rule}</translation>
    </message>
    <message>
        <location filename="../../app/model/repeats.py" line="+123"/>
        <source>every weekday</source>
        <translation>montags bis freitags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{every} on {days}</source>
        <translation>{every} am {days}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{every} on the {days}</source>
        <translation>{every} am {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{every} on its last day</source>
        <translation>{every} am letzten Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{every} on day {day}</source>
        <translation>{every} am {day}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{repeat} until {day}</source>
        <translation>{repeat} bis {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{repeat}, once</source>
        <translation>{repeat}, einmal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{repeat}, {times}</source>
        <translation>{repeat}, {times}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>last {day}</source>
        <translation>letzten {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{nth}st {day}</source>
        <translation>{nth}. {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nth}nd {day}</source>
        <translation>{nth}. {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nth}rd {day}</source>
        <translation>{nth}. {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nth}th {day}</source>
        <translation>{nth}. {day}</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../app/ui/shell/restore_dialog.py" line="+3"/>
        <source>{day} — cannot be restored: {reason}</source>
        <translation>{day} — kann nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} — {count}</source>
        <translation>{day} — {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily backups</source>
        <translation>Tägliche Sicherungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring replaces your tasks and time blocks with those of the backup. The current data file is kept beside it first, so nothing is lost. The undo history is cleared: it belongs to the current file.</source>
        <translation>Die Wiederherstellung ersetzt Ihre Aufgaben und Zeitblöcke durch die der Sicherung. Die aktuelle Datendatei wird vorher daneben aufbewahrt, damit nichts verloren geht. Der Rückgängig-Verlauf wird geleert: Er gehört zur aktuellen Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no backups yet in {folder}.</source>
        <translation>In {folder} gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup was not restored: {reason}</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored the backup {name}. The file it replaced is kept beside it as {kept}. The undo history was cleared: it belonged to that file.</source>
        <translation>Die Sicherung {name} wurde wiederhergestellt. Die ersetzte Datei liegt daneben als {kept}. Der Rückgängig-Verlauf wurde geleert: Er gehörte zu dieser Datei.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../app/ui/review/charts.py" line="+37"/>
        <location filename="../../app/ui/review/review_window.py" line="-219"/>
        <source>Where the time went</source>
        <translation>Wohin die Zeit ging</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reactive share and Defer hours, last 8 weeks</source>
        <translation>Reaktiver Anteil und Stunden in „Planen“, letzte 8 Wochen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>W{number}</source>
        <translation>KW {number}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/review/review_window.py" line="+1"/>
        <source>Reactive or proactive</source>
        <translation>Reaktiv oder proaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity for next week</source>
        <translation>Kapazität für die nächste Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What got done</source>
        <translation>Was erledigt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 8 weeks</source>
        <translation>Letzte 8 Wochen</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+54"/>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Weekly Review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft Status &amp;Update…</source>
        <translation>Status&amp;bericht entwerfen…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{week} · {span}</source>
        <translation>{week} · {span}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No time blocked this week.</source>
        <translation>Diese Woche ist keine Zeit geblockt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No work time blocked</source>
        <translation>Keine Arbeitszeit geblockt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent}% reactive</source>
        <translation>{percent} % reaktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{comparison}. {hours} blocked in all. Reactive: Do and Delegate work and meetings, as a share of work time; Defer work is the proactive part.</source>
        <translation>{comparison}. Insgesamt {hours} geblockt. Reaktiv: Arbeit aus „Erledigen“ und „Delegieren“ sowie Besprechungen, als Anteil an der Arbeitszeit; Arbeit aus „Planen“ ist der proaktive Teil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{span}: {verdict}.</source>
        <translation>{span}: {verdict}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Columns: hours of Defer work each week. Line: reactive share (right-hand scale).</source>
        <translation>Säulen: Stunden Arbeit aus „Planen“ je Woche. Linie: reaktiver Anteil (rechte Skala).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing marked done this week.</source>
        <translation>Diese Woche wurde nichts als erledigt markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} {lane}</source>
        <translation>{lane}: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} untriaged</source>
        <translation>nicht eingeordnet: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no one named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} ({person}, {how})</source>
        <translation>{title} ({person}, {how})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Came back from delegation: {tasks}.</source>
        <translation>Aus der Delegation zurück: {tasks}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} ({person}, due {day})</source>
        <translation>{title} ({person}, fällig am {day})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-ups overdue: {tasks}.</source>
        <translation>Nachfassen überfällig: {tasks}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delegated task came back, and no follow-up is overdue.</source>
        <translation>Keine delegierte Aufgabe ist zurückgekommen, und kein Nachfassen ist überfällig.</translation>
    </message>
    <message>
        <location filename="../../app/model/review_figures.py" line="+50"/>
        <source>Do</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defer</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegate</source>
        <translation>Delegieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eliminate</source>
        <translation>Eliminieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbox (untriaged)</source>
        <translation>Eingang (nicht eingeordnet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus (no task)</source>
        <translation>Fokus (ohne Aufgabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No estimated Do or Defer work; {focus} of focus time blocked</source>
        <translation>Keine geschätzte Arbeit aus „Erledigen“ oder „Planen“; {focus} Fokuszeit geblockt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over by {over}: {work} of Do and Defer work, {focus} of focus time blocked</source>
        <translation>{over} zu viel: {work} Arbeit aus „Erledigen“ und „Planen“, {focus} Fokuszeit geblockt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fits, with {spare} to spare: {work} of Do and Defer work, {focus} of focus time blocked</source>
        <translation>Passt, {spare} bleiben frei: {work} Arbeit aus „Erledigen“ und „Planen“, {focus} Fokuszeit geblockt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Just fits: {work} of Do and Defer work, {focus} of focus time blocked</source>
        <translation>Passt genau: {work} Arbeit aus „Erledigen“ und „Planen“, {focus} Fokuszeit geblockt</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Week {number} · {year}</source>
        <translation>KW {number} · {year}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{now} of Defer work this week, {before} last week</source>
        <translation>{now} Arbeit aus „Planen“ in dieser Woche, {before} in der letzten Woche</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it starts now</source>
        <translation>er beginnt jetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it starts {day}</source>
        <translation>er beginnt am {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task history is kept from this version on ({since}). Before it, blocks count for the lane their task is in now, and delegated tasks that came back are not known.</source>
        <translation>Der Aufgabenverlauf wird ab dieser Version geführt ({since}). Davor zählen Blöcke für die Spalte, in der ihre Aufgabe jetzt steht, und zurückgekommene delegierte Aufgaben sind nicht bekannt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{whole}.{tenth} h</source>
        <translation>{whole},{tenth} h</translation>
    </message>
    <message>
        <location filename="../../app/model/status_update.py" line="+40"/>
        <source>Status update — week {number}, {span}</source>
        <translation>Statusbericht — KW {number}, {span}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done this week</source>
        <translation>Diese Woche erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned next week</source>
        <translation>Für nächste Woche geplant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting on</source>
        <translation>Warten auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to report.</source>
        <translation>Nichts zu berichten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{title} (with {person})</source>
        <translation>{title} (mit {person})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title} — {day}</source>
        <translation>{title} — {day}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no one named)</source>
        <translation>(niemand genannt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} — {title} (since {day})</source>
        <translation>{person} — {title} (seit {day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{person} — {title}</source>
        <translation>{person} — {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue: {title} (due {day})</source>
        <translation>Überfällig: {title} (fällig am {day})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the delegate</source>
        <translation>der beauftragten Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up overdue: {title} with {person} (was due {day})</source>
        <translation>Nachfassen überfällig: {title} bei {person} (war fällig am {day})</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../app/ui/write_queue.py" line="-187"/>
        <source>Waiting for the data file: another program is writing to it…</source>
        <translation>Warten auf die Datendatei: Ein anderes Programm schreibt gerade hinein …</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Waiting for “{step}” to be saved…</source>
        <translation>Warten, bis „{step}“ gespeichert ist …</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Not saved ({step}): another program kept the data file locked; nothing was changed; try again.</source>
        <translation>Nicht gespeichert ({step}): Ein anderes Programm hielt die Datendatei gesperrt; es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SeriesEdits</name>
    <message>
        <location filename="../../app/ui/calendar/series_edits.py" line="+88"/>
        <source>This one</source>
        <translation>Nur diesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This and following</source>
        <translation>Diesen und folgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Repeating Block</source>
        <translation>Wiederkehrenden Block ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change “{title}”: which occurrences?</source>
        <translation>„{title}“ ändern: Welche Termine?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Repeating Block</source>
        <translation>Wiederkehrenden Block löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}”: which occurrences?</source>
        <translation>„{title}“ löschen: Welche Termine?</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../app/ui/application.py" line="+38"/>
        <source>The calendar could not be read: {reason}.</source>
        <translation>Der Kalender konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Quadrant moved a damaged file</source>
        <translation>Quadrant hat eine beschädigte Datei verschoben</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>{folder} kann nicht angelegt werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/one_window.py" line="+37"/>
        <source>Quadrant cannot open its data</source>
        <translation>Quadrant kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quadrant is already open</source>
        <translation>Quadrant ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The last Quadrant on this data folder (process {process}) ended without closing; its lock was cleared. Help ▸ Open Log Folder shows what it wrote.</source>
        <translation>Die letzte Quadrant-Sitzung in diesem Datenordner (Prozess {process}) wurde unerwartet beendet; ihre Sperre wurde aufgehoben. Was sie protokolliert hat, zeigt Hilfe ▸ Protokollordner öffnen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The data folder {folder} holds a lock left by a Quadrant that has ended (process {process}), and the folder is read-only. Delete {lock} and start again.</source>
        <translation>Im Datenordner {folder} liegt noch die Sperre einer beendeten Quadrant-Sitzung (Prozess {process}), und der Ordner ist schreibgeschützt. Löschen Sie {lock} und starten Sie neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder {folder} holds a lock left by a Quadrant that has ended (process {process}), and it could not be removed. Delete {lock} and start again.</source>
        <translation>Im Datenordner {folder} liegt noch die Sperre einer beendeten Quadrant-Sitzung (Prozess {process}), und sie konnte nicht entfernt werden. Löschen Sie {lock} und starten Sie neu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quadrant on the computer {computer} is using {folder}. Close it there first.</source>
        <translation>Quadrant auf dem Computer {computer} verwendet {folder}. Schließen Sie es zuerst dort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another Quadrant window is using {folder} but does not answer. Switch to it, or close it first.</source>
        <translation>Ein anderes Quadrant-Fenster verwendet {folder}, antwortet aber nicht. Wechseln Sie dorthin oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The data folder {folder} is read-only, so Quadrant cannot save your tasks there. Make it writable, or choose another folder with --data-dir.</source>
        <translation>Der Datenordner {folder} ist schreibgeschützt, daher kann Quadrant Ihre Aufgaben dort nicht speichern. Machen Sie ihn beschreibbar oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quadrant cannot create files in the data folder {folder}.</source>
        <translation>Quadrant kann im Datenordner {folder} keine Dateien anlegen.</translation>
    </message>
</context>
<context>
    <name>StatusUpdate</name>
    <message>
        <location filename="../../app/ui/review/status_dialog.py" line="+33"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Status update draft</source>
        <translation>Entwurf des Statusberichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status Update — {week}</source>
        <translation>Statusbericht — {week}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status update</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{format} (*.{suffix})</source>
        <translation>{format} (*.{suffix})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Status Update</source>
        <translation>Statusbericht speichern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save {path}: {reason}.</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../app/ui/matrix/suggestion_buttons.py" line="+35"/>
        <source>Move to {lane} (U)</source>
        <translation>Nach „{lane}“ verschieben (U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss the suggestion until the due date changes (Shift+U)</source>
        <translation>Vorschlag verwerfen, bis sich das Fälligkeitsdatum ändert (Umschalt+U)</translation>
    </message>
    <message>
        <location filename="../../app/model/urgency.py" line="-144"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>due {due}, {soon}; the follow-up is after the due date</source>
        <translation>fällig {due}, {soon}; das Nachfassen liegt nach dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {due}, {soon}</source>
        <translation>fällig {due}, {soon}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>suggested: follow up by {day}, {reason}</source>
        <translation>Vorschlag: bis {day} nachfassen, {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suggested: move to Do, {reason}</source>
        <translation>Vorschlag: nach „Erledigen“ verschieben, {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due {due} ({soon}): follow-up is after the due date</source>
        <translation>Fällig {due} ({soon}): Nachfassen liegt nach dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when}: follow up first</source>
        <translation>{when}: vorher nachfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due {due} ({soon}): move to Do?</source>
        <translation>Fällig {due} ({soon}): nach „Erledigen“ verschieben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{soon}: move to Do?</source>
        <translation>{soon}: nach „Erledigen“ verschieben?</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../app/ui/shell/sync_conflicts.py" line="+29"/>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Server-Version behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync Conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No conflicts: both sides agree.</source>
        <translation>Keine Konflikte: Beide Seiten stimmen überein.</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../app/ui/matrix/task_editor.py" line="+65"/>
        <source>Edit Task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What needs doing?</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>45m, 2h, 1h30m</source>
        <translation>45m, 2h, 1h30m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delegate</source>
        <translation>Delegieren an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who will do it?</source>
        <translation>Wer übernimmt es?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma or space separated</source>
        <translation>durch Komma oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Estimate</source>
        <translation>&amp;Schätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;legate to</source>
        <translation>De&amp;legieren an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up</source>
        <translation>Nachf&amp;assen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>Wie&amp;derholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>That task no longer exists.</source>
        <translation>Diese Aufgabe gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Move to {lane}?</source>
        <translation>Nach „{lane}“ verschieben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” goes to {person}. Move it to {lane}?</source>
        <translation>„{title}“ geht an {person}. Nach „{lane}“ verschieben?</translation>
    </message>
</context>
<context>
    <name>TypedWords</name>
    <message>
        <location filename="../../app/ui/matrix/typed_words.py" line="+18"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekdays</source>
        <translation>werktags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>YYYY-MM-DD, today, tomorrow, fri, +3d</source>
        <translation>JJJJ-MM-TT, heute, morgen, Fr, +3d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekly, weekdays, monthly, 3d after done, FREQ=WEEKLY;BYDAY=MO</source>
        <translation>wöchentlich, werktags, monatlich, 3T nach Erledigung, FREQ=WEEKLY;BYDAY=MO</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{days}d after done</source>
        <translation>{days}T nach Erledigung</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../app/ui/board.py" line="-211"/>
        <source>Add “{title}”</source>
        <translation>„{title}“ hinzufügen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{adding} and Block Time</source>
        <translation>{adding} und Zeit blocken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added, but no time was blocked: {reason}</source>
        <translation>Hinzugefügt, aber keine Zeit geblockt: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move to {lane}</source>
        <translation>Nach „{lane}“ verschieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark Done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark Not Done</source>
        <translation>Als nicht erledigt markieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit Task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Followed Up</source>
        <translation>Nachgefasst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename {person}</source>
        <translation>{person} umbenennen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/ui/calendar/series_edits.py" line="-46"/>
        <source>Edit Block</source>
        <translation>Block bearbeiten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not redo “{step}”: {reason} Nothing was changed.</source>
        <translation>„{step}“ konnte nicht wiederholt werden: {reason} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not undo “{step}”: {reason} Nothing was changed.</source>
        <translation>„{step}“ konnte nicht rückgängig gemacht werden: {reason} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/commands.py" line="-69"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lane and place</source>
        <translation>Spalte und Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done state</source>
        <translation>Erledigt-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person it is delegated to</source>
        <translation>beauftragte Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up date</source>
        <translation>Nachfasstermin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked task</source>
        <translation>verknüpfte Aufgabe</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Redid “{step}”.</source>
        <translation>Wiederholt: „{step}“.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undid “{step}”.</source>
        <translation>Rückgängig gemacht: „{step}“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The task “{title}” was deleted elsewhere and stays deleted.</source>
        <translation>Die Aufgabe „{title}“ wurde anderswo gelöscht und bleibt gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block “{title}” was deleted elsewhere and stays deleted.</source>
        <translation>Der Block „{title}“ wurde anderswo gelöscht und bleibt gelöscht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{some} and {last}</source>
        <translation>{some} und {last}</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/block_gestures.py" line="+133"/>
        <location line="+197"/>
        <source>Move Block</source>
        <translation>Block verschieben</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+194"/>
        <source>Resize Block</source>
        <translation>Blockdauer ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/series_edits.py" line="+23"/>
        <source>Edit Occurrence</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit This and Following</source>
        <translation>Diesen und folgende bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit All Occurrences</source>
        <translation>Alle Termine bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Occurrence</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete This and Following</source>
        <translation>Diesen und folgende löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete All Occurrences</source>
        <translation>Alle Termine löschen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/task_drops.py" line="-45"/>
        <source>Schedule “{title}”</source>
        <translation>„{title}“ einplanen</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/week_templates.py" line="+13"/>
        <source>Apply Template “{name}”</source>
        <translation>Vorlage „{name}“ anwenden</translation>
    </message>
</context>
<context>
    <name>UrgencyHorizon</name>
    <message>
        <location filename="../../app/ui/shell/urgency_horizon.py" line="+18"/>
        <source>Urgency Horizon</source>
        <translation>Dringlichkeitshorizont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest moving a task to Do when it is due within (days):</source>
        <translation>Verschieben nach „Erledigen“ vorschlagen, wenn eine Aufgabe innerhalb so vieler Tage fällig ist:</translation>
    </message>
</context>
<context>
    <name>WaitingFor</name>
    <message>
        <location filename="../../app/ui/waiting/waiting_model.py" line="+19"/>
        <location filename="../../app/ui/waiting/waiting_window.py" line="-80"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegated</source>
        <translation>Delegiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{title} — {person}, since {day}</source>
        <translation>{title} — {person}, seit {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} — {person}, since {day}; last followed up {last}</source>
        <translation>{title} — {person}, seit {day}; zuletzt nachgefasst am {last}</translation>
    </message>
    <message>
        <location filename="../../app/ui/waiting/waiting_window.py" line="-30"/>
        <source>&amp;Followed Up</source>
        <translation>&amp;Nachgefasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Got It &amp;Back</source>
        <translation>&amp;Zurückbekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waiting for</source>
        <translation>Warten auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting For</source>
        <translation>Warten auf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delegated tasks</source>
        <translation>Delegierte Aufgaben</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{waiting}, {overdue}</source>
        <translation>{waiting}, {overdue}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Rename Person</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for {person}, on every task delegated to them:</source>
        <translation>Neuer Name für {person}, bei allen an diese Person delegierten Aufgaben:</translation>
    </message>
    <message>
        <location filename="../../app/model/waiting.py" line="+19"/>
        <source>No one yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done {day}</source>
        <translation>erledigt am {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no follow-up date</source>
        <translation>kein Nachfasstermin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>follow-up overdue since {day}</source>
        <translation>Nachfassen überfällig seit {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow up today</source>
        <translation>heute nachfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow up {day}</source>
        <translation>nachfassen am {day}</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../app/ui/calendar/all_day_row.py" line="-76"/>
        <source>All-day events</source>
        <translation>Ganztägige Termine</translation>
    </message>
    <message>
        <location line="+66"/>
        <location filename="../../app/ui/calendar/block_painter.py" line="+171"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/block_gestures.py" line="-256"/>
        <source>New block</source>
        <translation>Neuer Block</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&amp;Edit Block…</source>
        <translation>Block &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Block</source>
        <translation>Block &amp;löschen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Title of the new block</source>
        <translation>Titel des neuen Blocks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title, then Enter</source>
        <translation>Titel, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Block deleted. Undo brings it back.</source>
        <translation>Block gelöscht. „Rückgängig“ holt ihn zurück.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/block_model.py" line="-149"/>
        <source>focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal</source>
        <translation>privat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>linked to an Inbox task</source>
        <translation>verknüpft mit einer Aufgabe im Eingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked to a Do task</source>
        <translation>verknüpft mit einer Aufgabe in „Erledigen“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked to a Defer task</source>
        <translation>verknüpft mit einer Aufgabe in „Planen“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked to a Delegate task</source>
        <translation>verknüpft mit einer Aufgabe in „Delegieren“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linked to an Eliminate task</source>
        <translation>verknüpft mit einer Aufgabe in „Eliminieren“</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>{day} all day</source>
        <translation>{day} ganztägig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} {start}–{end}</source>
        <translation>{day} {start}–{end}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one occurrence of a repeating block, changed on its own</source>
        <translation>ein einzeln geänderter Termin eines wiederkehrenden Blocks</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>from calendar {name}</source>
        <translation>aus dem Kalender {name}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>{day}, all day</source>
        <translation>{day}, ganztägig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} {start} to {end_day} {end}</source>
        <translation>{day} {start} bis {end_day} {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} {start} to {end}</source>
        <translation>{day} {start} bis {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{linked} “{title}”</source>
        <translation>{linked} „{title}“</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/task_drops.py" line="-10"/>
        <source>No room left that day: drop the task earlier.</source>
        <translation>An diesem Tag ist kein Platz mehr: Legen Sie die Aufgabe früher ab.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This week is over: go to this week (Ctrl+T) to schedule.</source>
        <translation>Diese Woche ist vorbei: Wechseln Sie zur aktuellen Woche (Strg+T), um einzuplanen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No free time left in this week&apos;s working hours.</source>
        <translation>In der Arbeitszeit dieser Woche ist keine Zeit mehr frei.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/week_access.py" line="+23"/>
        <source>The week&apos;s time blocks. Tab and Shift+Tab step through them; the arrow keys move the selected block by 15 minutes or a day, Shift+Up and Shift+Down make it shorter or longer, Enter edits it and Delete removes it. Drop a task here to block time for it.</source>
        <translation>Die Zeitblöcke der Woche. Tab und Umschalt+Tab gehen sie der Reihe nach durch; die Pfeiltasten verschieben den ausgewählten Block um 15 Minuten oder einen Tag, Umschalt+Auf und Umschalt+Ab machen ihn kürzer oder länger, die Eingabetaste bearbeitet ihn und Entf löscht ihn. Legen Sie hier eine Aufgabe ab, um Zeit für sie zu blocken.</translation>
    </message>
</context>
<context>
    <name>WeekTemplates</name>
    <message>
        <location filename="../../app/ui/calendar/week_templates.py" line="-26"/>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This week has no focus blocks to keep as a template.</source>
        <translation>Diese Woche hat keine Fokusblöcke, die sich als Vorlage speichern ließen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no template “{name}”.</source>
        <translation>Es gibt keine Vorlage „{name}“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the focus blocks of {span} as the template named:</source>
        <translation>Die Fokusblöcke vom {span} als Vorlage speichern unter dem Namen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Week as Template</source>
        <translation>Woche als Vorlage speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No templates yet: View ▸ Save Week as Template… keeps one.</source>
        <translation>Noch keine Vorlagen: Ansicht ▸ Woche als Vorlage speichern… legt eine an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put this template&apos;s focus blocks into {span}:</source>
        <translation>Die Fokusblöcke dieser Vorlage in die Woche {span} einfügen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply Template</source>
        <translation>Vorlage anwenden</translation>
    </message>
</context>
<context>
    <name>WorkingHours</name>
    <message>
        <location filename="../../app/ui/calendar/working_hours.py" line="-16"/>
        <source>Working Hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The calendar fits these hours to the window.</source>
        <translation>Der Kalender passt diese Stunden ins Fenster ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day starts at hour</source>
        <translation>Tagesbeginn (Stunde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day ends at hour</source>
        <translation>Tagesende (Stunde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day &amp;starts at</source>
        <translation>Tag &amp;beginnt um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day &amp;ends at</source>
        <translation>Tag &amp;endet um</translation>
    </message>
</context>
</TS>
