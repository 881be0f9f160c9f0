<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/ui/daily_backup.py" line="+43"/>
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
        <translation>Der Server wird gefragt …</translation>
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
        <location filename="../../app/ui/shell/calendar_files.py" line="+31"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{events} and {todos}</source>
        <translation>{events} und {todos}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {what} from {file}</source>
        <translation>{what} aus {file} importiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{line}.</source>
        <translation>{line}.</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <translation>Import abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import of {file} cancelled; nothing was imported.</source>
        <translation>Import von {file} abgebrochen; nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>CalendarSync</name>
    <message>
        <location filename="../../app/ui/shell/calendar_sync.py" line="+38"/>
        <source>Calendar sync: off</source>
        <translation>Kalendersynchronisierung: aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar sync needs the password: File ▸ Calendar Account…</source>
        <translation>Die Kalendersynchronisierung braucht das Passwort: Datei ▸ Kalenderkonto…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pushed {pushed}, pulled {pulled}, deleted {here} here and {there} there</source>
        <translation>{pushed} gesendet, {pulled} geholt, {here} hier und {there} dort gelöscht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{line}.</source>
        <translation>{line}.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <translation>Synchronisiert {time}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Calendar sync stopped</source>
        <translation>Kalendersynchronisierung angehalten</translation>
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
            <numerusform>%n weitere Änderung von anderswo wurde beibehalten.</numerusform>
            <numerusform>%n weitere Änderungen von anderswo wurden beibehalten.</numerusform>
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
        <location filename="../../app/ui/shell/calendar_account.py" line="-48"/>
        <source>Found %n calendar(s).</source>
        <translation>
            <numerusform>%n Kalender gefunden.</numerusform>
            <numerusform>%n Kalender gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/calendar_files.py" line="-240"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to-do(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{line}, removed %n event(s) no longer in it</source>
        <translation>
            <numerusform>{line}, %n nicht mehr enthaltener Termin entfernt</numerusform>
            <numerusform>{line}, %n nicht mehr enthaltene Termine entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{line} (%n outside the import window left out)</source>
        <translation>
            <numerusform>{line} (%n außerhalb des Importzeitraums ausgelassen)</numerusform>
            <numerusform>{line} (%n außerhalb des Importzeitraums ausgelassen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../../app/ui/shell/calendar_sync.py" line="-133"/>
        <source>{line}, skipped %n: {reasons}</source>
        <translation>
            <numerusform>{line}, %n übersprungen: {reasons}</numerusform>
            <numerusform>{line}, %n übersprungen: {reasons}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{line}; imported in part %n: {reasons}</source>
        <translation>
            <numerusform>{line}; %n teilweise importiert: {reasons}</numerusform>
            <numerusform>{line}; %n teilweise importiert: {reasons}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+129"/>
        <source>Wrote %n block(s) of {week} to {file}.</source>
        <translation>
            <numerusform>%n Block aus {week} in {file} geschrieben.</numerusform>
            <numerusform>%n Blöcke aus {week} in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/calendar_sync.py" line="-3"/>
        <source>{line}, %n conflict(s): {titles}</source>
        <translation>
            <numerusform>{line}, %n Konflikt: {titles}</numerusform>
            <numerusform>{line}, %n Konflikte: {titles}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
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
            <numerusform>Nicht gespeichert (%n Änderung): Ein anderes Programm hielt die Datendatei gesperrt; nichts wurde geändert; versuchen Sie es erneut.</numerusform>
            <numerusform>Nicht gespeichert (%n Änderungen): Ein anderes Programm hielt die Datendatei gesperrt; nichts wurde geändert; versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <location filename="../../app/ui/application.py" line="+240"/>
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
        <location filename="../../app/ui/local_dates.py" line="+35"/>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>FocusTimer</name>
    <message>
        <location filename="../../app/ui/shell/focus_timer.py" line="+29"/>
        <source>{minutes} min left</source>
        <translation>noch {minutes} Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h left</source>
        <translation>noch {hours} Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h {minutes} min left</source>
        <translation>noch {hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <translation>Keine Aufgabe hier passt zum Filter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up and Down choose a card, Left and Right go to the next lane. 1 to 4 send the selected cards to Do, Defer, Delegate or Eliminate and 0 back to the Inbox; Space marks them done, Enter edits, B blocks time in the week, Delete deletes.</source>
        <translation>Auf und Ab wählen eine Karte, Links und Rechts wechseln zur nächsten Spalte. 1 bis 4 verschieben die ausgewählten Karten nach Erledigen, Planen, Delegieren oder Eliminieren, 0 zurück in den Eingang; die Leertaste hakt sie ab, die Eingabetaste bearbeitet, B blockt Zeit in der Woche, Entf löscht.</translation>
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
        <translation>Geben Sie es ab
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="+353"/>
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
        <location filename="../../app/ui/shell/actions.py" line="+53"/>
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
        <location line="+215"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+212"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-209"/>
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
        <translation>Sync-&amp;Konflikte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working &amp;Hours…</source>
        <translation>Arbeits&amp;zeiten…</translation>
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
        <translation>Erinnerungs&amp;vorlauf…</translation>
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
        <location line="+116"/>
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
    <name>QuickAdd</name>
    <message>
        <location filename="../../app/ui/matrix/entry_preview.py" line="+23"/>
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
</context>
<context>
    <name>RemindBefore</name>
    <message>
        <location filename="../../app/ui/shell/reminder_clock.py" line="+100"/>
        <source>Remind Before</source>
        <translation>Vorher erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me this many minutes before a block starts (0: at its start):</source>
        <translation>So viele Minuten vor Beginn eines Blocks erinnern (0: bei Beginn):</translation>
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
    <name>Saving</name>
    <message>
        <location filename="../../app/ui/background_write.py" line="+75"/>
        <source>not saved: {reason}</source>
        <translation>nicht gespeichert: {reason}</translation>
    </message>
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
        <translation>Nicht gespeichert ({step}): Ein anderes Programm hielt die Datendatei gesperrt; nichts wurde geändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <location filename="../../app/ui/application.py" line="-92"/>
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
        <translation>Das letzte Quadrant in diesem Datenordner (Prozess {process}) endete, ohne sich zu schließen; seine Sperre wurde aufgehoben. Hilfe ▸ Protokollordner öffnen zeigt, was es geschrieben hat.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The data folder {folder} holds a lock left by a Quadrant that has ended (process {process}), and the folder is read-only. Delete {lock} and start again.</source>
        <translation>Im Datenordner {folder} liegt eine Sperre eines beendeten Quadrant (Prozess {process}), und der Ordner ist schreibgeschützt. Löschen Sie {lock} und starten Sie neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data folder {folder} holds a lock left by a Quadrant that has ended (process {process}), and it could not be removed. Delete {lock} and start again.</source>
        <translation>Im Datenordner {folder} liegt eine Sperre eines beendeten Quadrant (Prozess {process}), und sie konnte nicht entfernt werden. Löschen Sie {lock} und starten Sie neu.</translation>
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
    <name>SyncConflicts</name>
    <message>
        <location filename="../../app/ui/shell/sync_conflicts.py" line="+29"/>
        <source>“{title}”: changed here and on the server</source>
        <translation>„{title}“: hier und auf dem Server geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}”: deleted here, changed on the server</source>
        <translation>„{title}“: hier gelöscht, auf dem Server geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}”: changed here, deleted on the server</source>
        <translation>„{title}“: hier geändert, auf dem Server gelöscht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{title}”: changed here and on the server (there: “{theirs}”)</source>
        <translation>„{title}“: hier und auf dem Server geändert (dort: „{theirs}“)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;Theirs</source>
        <translation>Die vom &amp;Server behalten</translation>
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
        <location filename="../../app/ui/matrix/task_editor.py" line="+59"/>
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
        <location line="+6"/>
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
        <location line="+67"/>
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
    <name>Undo</name>
    <message>
        <location filename="../../app/ui/board.py" line="-154"/>
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
        <source>Edit Block</source>
        <translation>Block bearbeiten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not redo “{step}”: {reason} Nothing was changed.</source>
        <translation>„{step}“ konnte nicht wiederholt werden: {reason} Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not undo “{step}”: {reason} Nothing was changed.</source>
        <translation>„{step}“ konnte nicht rückgängig gemacht werden: {reason} Nichts wurde geändert.</translation>
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
        <translation>Spalte und Platz</translation>
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
        <translation>delegiert an</translation>
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
        <translation>Verschieben nach „Erledigen“ vorschlagen, wenn eine Aufgabe fällig ist innerhalb von (Tagen):</translation>
    </message>
</context>
</TS>
