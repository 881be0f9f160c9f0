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
    <name>CalendarSummary</name>
    <message>
        <location filename="../../app/ui/shell/calendar_summaries.py" line="+17"/>
        <source>Pushed {pushed}, pulled {pulled}, deleted {here} here and {there} there</source>
        <translation>{pushed} gesendet, {pulled} geholt, {here} hier und {there} dort gelöscht</translation>
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
        <location filename="../../app/ui/data_file_notices.py" line="+22"/>
        <source>%n task(s) in the data file could not be read and not shown; the file keeps them unchanged: {problems}.</source>
        <translation>
            <numerusform>%n Aufgabe in der Datendatei konnte nicht gelesen werden und wird nicht angezeigt; die Datei behält sie unverändert: {problems}.</numerusform>
            <numerusform>%n Aufgaben in der Datendatei konnten nicht gelesen werden und werden nicht angezeigt; die Datei behält sie unverändert: {problems}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n Block</numerusform>
            <numerusform>%n Blöcke</numerusform>
        </translation>
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
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/printing/plan_pdf.py" line="+70"/>
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
        <location filename="../../app/model/database.py" line="+69"/>
        <source>The data file could not be read and was moved to {moved}. Quadrant started a new, empty task list; the old file is kept for recovery.</source>
        <translation>Die Datendatei konnte nicht gelesen werden und wurde nach {moved} verschoben. Quadrant hat mit einer neuen, leeren Aufgabenliste begonnen; die alte Datei bleibt zur Wiederherstellung erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/model/storage_errors.py" line="+33"/>
        <source>the data file is locked by another program; nothing was changed — try again in a moment</source>
        <translation>die Datendatei ist von einem anderen Programm gesperrt; nichts wurde geändert – versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location filename="../../app/model/database.py" line="+45"/>
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
        <translation>die Datendatei {path} kann nicht geöffnet werden: {reason}; nichts wurde geändert</translation>
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
        <location filename="../../app/model/storage_errors.py" line="+10"/>
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
        <translation>der Datenträger mit der Datendatei ist voll; nichts wurde geändert – schaffen Sie Platz und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the data file could not be used: {reason}</source>
        <translation>die Datendatei konnte nicht verwendet werden: {reason}</translation>
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
        <translation>„{text}“ ist kein Datum; verwenden Sie YYYY-MM-DD, today, tomorrow, einen englischen Wochentag oder +3d</translation>
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
        <location filename="../../app/model/plan.py" line="+393"/>
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
        <location filename="../../app/model/repeats.py" line="+88"/>
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
        <translation>„{text}“ ist keine Wiederholungsregel, der Quadrant folgen kann ({reason})</translation>
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
        <location filename="../../app/model/sync.py" line="+74"/>
        <source>The calendar “{name}” does not accept tasks (VTODO): choose another one for Quadrant.</source>
        <translation>Der Kalender „{name}“ nimmt keine Aufgaben (VTODO) an: Wählen Sie einen anderen für Quadrant.</translation>
    </message>
    <message>
        <location filename="../../app/model/task_filter.py" line="+195"/>
        <source>“{text}” is not a choice; use {choices}</source>
        <translation>„{text}“ steht nicht zur Wahl; verwenden Sie {choices}</translation>
    </message>
    <message>
        <location filename="../../app/model/task_repeats.py" line="+41"/>
        <source>a task repeats at least 1 day after it is done</source>
        <translation>eine Aufgabe wiederholt sich frühestens 1 Tag nach dem Erledigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is not a repeat; use daily, weekdays, weekly, monthly, yearly, “3d after done”, or a rule like FREQ=WEEKLY;BYDAY=MO</source>
        <translation>„{text}“ ist keine Wiederholung; verwenden Sie daily, weekdays, weekly, monthly, yearly, „3d after done“ oder eine Regel wie FREQ=WEEKLY;BYDAY=MO</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a repeating task repeats until you stop it: leave out UNTIL and COUNT</source>
        <translation>eine wiederkehrende Aufgabe wiederholt sich, bis Sie sie beenden: Lassen Sie UNTIL und COUNT weg</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>this repeat has no next date</source>
        <translation>diese Wiederholung hat keinen nächsten Termin</translation>
    </message>
    <message>
        <location filename="../../app/model/week.py" line="+144"/>
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
    <message>
        <location filename="../../app/ui/application.py" line="+119"/>
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
        <location filename="../../app/ui/calendar/repeat_field.py" line="+151"/>
        <source>choose the days of the week it repeats on</source>
        <translation>wählen Sie die Wochentage, an denen er sich wiederholt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the last day it repeats is before its first</source>
        <translation>der letzte Tag der Wiederholung liegt vor dem ersten</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar/working_hours.py" line="+33"/>
        <source>The day must end after it starts.</source>
        <translation>Der Tag muss nach seinem Beginn enden.</translation>
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
        <translation>„{title}“ endet, bevor er beginnt</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
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
</TS>
