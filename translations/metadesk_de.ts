<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AffectedUsersModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Erhält</translation>
    </message>
    <message>
        <source>Loses</source>
        <translation>Verliert</translation>
    </message>
</context>
<context>
    <name>ApplyJob</name>
    <message>
        <source>Replaced by a later edit of the same cell, which was not written either: %1</source>
        <translation>Ersetzt durch eine spätere Änderung derselben Zelle, die ebenfalls nicht geschrieben wurde: %1</translation>
    </message>
</context>
<context>
    <name>ArrayValueEditor</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
</context>
<context>
    <name>BulkEditArea</name>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <source>Use &amp;Selected Users</source>
        <translation>&amp;Ausgewählte Benutzer verwenden</translation>
    </message>
    <message>
        <source>Use All &amp;Matching Users</source>
        <translation>Alle &amp;passenden Benutzer verwenden</translation>
    </message>
    <message>
        <source>Set Selected Cells &amp;To…</source>
        <translation>Ausgewählte Zellen &amp;setzen auf…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Nach &amp;unten ausfüllen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Clear Cells</source>
        <translation>Zellen &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>P&amp;review Payload…</source>
        <translation>Nutzdaten-&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Collecting the matching users…</source>
        <translation>Die passenden Benutzer werden gesammelt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>B&amp;ulk Edit</source>
        <translation>&amp;Massenbearbeitung</translation>
    </message>
    <message>
        <source>Choose users and fields to edit: select users in the Users area and click Use Selected Users (or Use All Matching Users for the whole filter), then tick the fields under Fields.</source>
        <translation>Wählen Sie Benutzer und Felder zum Bearbeiten: Markieren Sie Benutzer im Bereich Benutzer und klicken Sie auf „Ausgewählte Benutzer verwenden“ (oder „Alle passenden Benutzer verwenden“ für den ganzen Filter); kreuzen Sie dann unter „Felder“ die Felder an.</translation>
    </message>
    <message>
        <source>Choose users to edit: select them in the Users area and click Use Selected Users, or click Use All Matching Users for the whole filter.</source>
        <translation>Wählen Sie die Benutzer zum Bearbeiten: Markieren Sie sie im Bereich Benutzer und klicken Sie auf „Ausgewählte Benutzer verwenden“, oder klicken Sie auf „Alle passenden Benutzer verwenden“ für den ganzen Filter.</translation>
    </message>
    <message>
        <source>Choose the fields to edit under Fields.</source>
        <translation>Wählen Sie unter „Felder“ die Felder zum Bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln Feld</numerusform>
            <numerusform>%Ln Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending edit(s) in this account</source>
        <translation>
            <numerusform>%Ln ausstehende Änderung in diesem Konto</numerusform>
            <numerusform>%Ln ausstehende Änderungen in diesem Konto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln cell(s)</source>
        <translation>
            <numerusform>%Ln Zelle setzen</numerusform>
            <numerusform>%Ln Zellen setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) set</source>
        <translation>
            <numerusform>%Ln Zelle gesetzt</numerusform>
            <numerusform>%Ln Zellen gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) pasted</source>
        <translation>
            <numerusform>%Ln Zelle eingefügt</numerusform>
            <numerusform>%Ln Zellen eingefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not valid (see the red cells)</source>
        <translation>
            <numerusform>%Ln ungültig (siehe die roten Zellen)</numerusform>
            <numerusform>%Ln ungültig (siehe die roten Zellen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already held that value</source>
        <translation>
            <numerusform>%Ln hatte diesen Wert schon</numerusform>
            <numerusform>%Ln hatten diesen Wert schon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) fell outside the grid and were left out.</source>
        <translation>
            <numerusform>%Ln Zelle lag außerhalb des Rasters und wurde ausgelassen.</numerusform>
            <numerusform>%Ln Zellen lagen außerhalb des Rasters und wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditModel</name>
    <message>
        <source>Written by the last apply.</source>
        <translation>Beim letzten Anwenden geschrieben.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit %1 of user %2</source>
        <translation>%1 von Benutzer %2 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln cell(s) to “%1”</source>
        <translation>
            <numerusform>%Ln Zelle auf „%1“ setzen</numerusform>
            <numerusform>%Ln Zellen auf „%1“ setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln cell(s)</source>
        <translation>
            <numerusform>%Ln Zelle leeren</numerusform>
            <numerusform>%Ln Zellen leeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill down %Ln cell(s)</source>
        <translation>
            <numerusform>%Ln Zelle nach unten ausfüllen</numerusform>
            <numerusform>%Ln Zellen nach unten ausfüllen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln cell(s)</source>
        <translation>
            <numerusform>%Ln Zelle einfügen</numerusform>
            <numerusform>%Ln Zellen einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesToSendDialog</name>
    <message>
        <source>Changes to Send</source>
        <translation>Zu sendende Änderungen</translation>
    </message>
    <message>
        <source>Values and memberships</source>
        <translation>Werte und Mitgliedschaften</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>Filter by user, field, group or value</source>
        <translation>Nach Benutzer, Feld, Gruppe oder Wert filtern</translation>
    </message>
    <message>
        <source>&amp;Revert Selected</source>
        <translation>Auswahl &amp;zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln change(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Änderung gezeigt</numerusform>
            <numerusform>%1 von %Ln Änderungen gezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation>Abgelehnt: %1: %2</translation>
    </message>
    <message>
        <source>The database file is busy: another program kept it locked for writing. Try again.</source>
        <translation>Die Datenbankdatei ist belegt: ein anderes Programm hielt sie zum Schreiben gesperrt. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Cancelled before it was written.</source>
        <translation>Abgebrochen, bevor es geschrieben wurde.</translation>
    </message>
    <message>
        <source>The database file cannot be opened or read.</source>
        <translation>Die Datenbankdatei kann nicht geöffnet oder gelesen werden.</translation>
    </message>
    <message>
        <source>The database file could not be written.</source>
        <translation>Die Datenbankdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>Not written: %n place(s) changed in the file since the copy was taken.</source>
        <translation>
            <numerusform>Nicht geschrieben: %n Stelle wurde in der Datei geändert, seit die Kopie genommen wurde.</numerusform>
            <numerusform>Nicht geschrieben: %n Stellen wurden in der Datei geändert, seit die Kopie genommen wurde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>%1 The key is kept for this session only; you will be asked for it again next time.</source>
        <translation>%1 Der Schlüssel wird nur für diese Sitzung behalten; Sie werden beim nächsten Mal erneut danach gefragt.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Server Connections</source>
        <translation>Serververbindungen</translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation>im Schlüsselbund gespeichert; leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;ID:</source>
        <translation>API-&amp;ID:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved; the key is in the system keychain.</source>
        <translation>Gespeichert; der Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Enter the API key (none is stored for this profile).</source>
        <translation>Geben Sie den API-Schlüssel ein (für dieses Profil ist keiner gespeichert).</translation>
    </message>
    <message>
        <source>The server refused or could not be reached: %1</source>
        <translation>Der Server hat abgelehnt oder ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>Speichern Sie das Profil zuerst.</translation>
    </message>
    <message>
        <source>Connected to %1: account “%2” (id %3).</source>
        <translation>Verbunden mit %1: Konto „%2“ (ID %3).</translation>
    </message>
    <message>
        <source>Connected to %1: account “%2” (id %3), %4.</source>
        <translation>Verbunden mit %1: Konto „%2“ (ID %3), %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a TLD-style server is connected to; send edits to this profile with File › Send Changes To….</source>
        <translation>Verbunden wird nur mit einem Server nach TLD-Art; senden Sie Änderungen an dieses Profil mit Datei › Änderungen senden an….</translation>
    </message>
</context>
<context>
    <name>CrymboJob</name>
    <message>
        <source>Crymbo&apos;s login answer holds no token.</source>
        <translation>Crymbos Antwort auf die Anmeldung enthält kein Token.</translation>
    </message>
    <message>
        <source>Not sent: Crymbo refused the login (%1).</source>
        <translation>Nicht gesendet: Crymbo hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Not sent: the login failed (%1).</source>
        <translation>Nicht gesendet: Die Anmeldung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Crymbo&apos;s key structure cannot be read.</source>
        <translation>Crymbos Schlüsselstruktur kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>CrymboKeyRules</name>
    <message>
        <source>Crymbo&apos;s key structure has no key &quot;%1&quot;.</source>
        <translation>Crymbos Schlüsselstruktur hat keinen Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Crymbo keeps &quot;%1&quot; as text (STRING).</source>
        <translation>Crymbo speichert „%1“ als Text (STRING).</translation>
    </message>
    <message>
        <source>Crymbo wants a web address (http or https) for &quot;%1&quot;.</source>
        <translation>Crymbo verlangt für „%1“ eine Webadresse (http oder https).</translation>
    </message>
    <message>
        <source>Crymbo keeps &quot;%1&quot; as a list (ARRAY).</source>
        <translation>Crymbo speichert „%1“ als Liste (ARRAY).</translation>
    </message>
    <message>
        <source>Item %1 of &quot;%2&quot; is not of Crymbo&apos;s type %3.</source>
        <translation>Eintrag %1 von „%2“ hat nicht Crymbos Typ %3.</translation>
    </message>
    <message>
        <source>Item %1 of &quot;%2&quot; is not a web address (http or https).</source>
        <translation>Eintrag %1 von „%2“ ist keine Webadresse (http oder https).</translation>
    </message>
    <message>
        <source>Crymbo keeps &quot;%1&quot; as a JSON object.</source>
        <translation>Crymbo speichert „%1“ als JSON-Objekt.</translation>
    </message>
    <message>
        <source>Crymbo&apos;s key structure gives &quot;%1&quot; the type &quot;%2&quot;, which MetaDesk does not know.</source>
        <translation>Crymbos Schlüsselstruktur gibt „%1“ den Typ „%2“, den MetaDesk nicht kennt.</translation>
    </message>
</context>
<context>
    <name>CrymboPlanner</name>
    <message>
        <source>Crymbo&apos;s usersMeta has no way to remove a key.</source>
        <translation>Crymbos usersMeta kann keinen Schlüssel entfernen.</translation>
    </message>
    <message>
        <source>PUT to the id found; when none is found, POST %1 with the same body.</source>
        <translation>PUT an die gefundene ID; wird keine gefunden, POST %1 mit demselben Inhalt.</translation>
    </message>
</context>
<context>
    <name>CrymboSendJob</name>
    <message>
        <source>Confirmed by reading it back after the answer was lost.</source>
        <translation>Durch erneutes Lesen bestätigt, nachdem die Antwort verloren ging.</translation>
    </message>
    <message>
        <source>The answer was lost and reading it back shows it was not created.</source>
        <translation>Die Antwort ging verloren und erneutes Lesen zeigt, dass es nicht angelegt wurde.</translation>
    </message>
    <message>
        <source>The answer was lost and reading it back did not tell: %1</source>
        <translation>Die Antwort ging verloren und erneutes Lesen klärte es nicht: %1</translation>
    </message>
    <message>
        <source>Not sent: Crymbo refused access.</source>
        <translation>Nicht gesendet: Crymbo hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Not sent: an earlier request failed (%1).</source>
        <translation>Nicht gesendet: Eine frühere Anfrage ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>DatabaseFileProbe</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>das ist keine Datei</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>this is not a MetaDesk database (it is not an SQLite database file)</source>
        <translation>das ist keine MetaDesk-Datenbank (es ist keine SQLite-Datenbankdatei)</translation>
    </message>
    <message>
        <source>the file is corrupt (invalid page size %1)</source>
        <translation>die Datei ist beschädigt (ungültige Seitengröße %1)</translation>
    </message>
    <message>
        <source>the file is truncated or corrupt (%1 bytes, expected at least %2)</source>
        <translation>die Datei ist abgeschnitten oder beschädigt (%1 Bytes, erwartet mindestens %2)</translation>
    </message>
    <message>
        <source>this is an SQLite database, but not a MetaDesk database</source>
        <translation>das ist eine SQLite-Datenbank, aber keine MetaDesk-Datenbank</translation>
    </message>
    <message>
        <source>the file was written by a newer MetaDesk (schema version %1; this version reads up to %2)</source>
        <translation>die Datei wurde von einem neueren MetaDesk geschrieben (Schemaversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>the file is read-only; MetaDesk needs to write to it</source>
        <translation>die Datei ist schreibgeschützt; MetaDesk muss in sie schreiben</translation>
    </message>
    <message>
        <source>the folder %1 is read-only; MetaDesk keeps its journal beside the file</source>
        <translation>der Ordner %1 ist schreibgeschützt; MetaDesk legt sein Journal neben die Datei</translation>
    </message>
</context>
<context>
    <name>EditExchange</name>
    <message>
        <source>Import Edits</source>
        <translation>Änderungen importieren</translation>
    </message>
    <message>
        <source>CSV or TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- oder TSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Benutzer werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 is the database open in MetaDesk; it cannot be read as a list of edits.</source>
        <translation>%1 ist die in MetaDesk geöffnete Datenbank; sie kann nicht als Liste von Änderungen gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is the database open in MetaDesk; export the users to another file.</source>
        <translation>%1 ist die in MetaDesk geöffnete Datenbank; exportieren Sie die Benutzer in eine andere Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln edit(s) from %1</source>
        <translation>
            <numerusform>%Ln Änderung aus %1 importieren</numerusform>
            <numerusform>%Ln Änderungen aus %1 importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed: all %Ln imported value(s) are stored already.</source>
        <translation>
            <numerusform>Nichts geändert: Der importierte Wert ist bereits gespeichert.</numerusform>
            <numerusform>Nichts geändert: Alle %Ln importierten Werte sind bereits gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) imported; they are pending.</source>
        <translation>
            <numerusform>%Ln Änderung importiert; sie ist ausstehend.</numerusform>
            <numerusform>%Ln Änderungen importiert; sie sind ausstehend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) were stored already and left alone.</source>
        <translation>
            <numerusform>%Ln Wert war bereits gespeichert und bleibt unverändert.</numerusform>
            <numerusform>%Ln Werte waren bereits gespeichert und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The first line must be a header whose first column is user_id.</source>
        <translation>Die erste Zeile muss eine Kopfzeile sein, deren erste Spalte user_id ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user id</source>
        <translation>„%1“ ist keine Benutzer-ID</translation>
    </message>
    <message>
        <source>Unknown user %1</source>
        <translation>Unbekannter Benutzer %1</translation>
    </message>
    <message>
        <source>Unknown meta field &apos;%1&apos;</source>
        <translation>Unbekanntes Metafeld „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Expected 3 columns, found %n</source>
        <translation>
            <numerusform>3 Spalten erwartet, %n gefunden</numerusform>
            <numerusform>3 Spalten erwartet, %n gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected at most %n column(s), found %1</source>
        <translation>
            <numerusform>Höchstens %n Spalte erwartet, %1 gefunden</numerusform>
            <numerusform>Höchstens %n Spalten erwartet, %1 gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a column of the user&apos;s own record, not a meta field; it is not imported</source>
        <translation>„%1“ ist eine Spalte des Benutzerdatensatzes, kein Metafeld; sie wird nicht importiert</translation>
    </message>
</context>
<context>
    <name>FieldDefinitionForm</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>comma-separated, or a JSON array</source>
        <translation>durch Kommas getrennt, oder ein JSON-Array</translation>
    </message>
    <message>
        <source>type a value to test it against this definition</source>
        <translation>einen Wert eingeben, um ihn gegen diese Definition zu prüfen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Item type:</source>
        <translation>&amp;Elementtyp:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validierung:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>Min length:</source>
        <translation>Mindestlänge:</translation>
    </message>
    <message>
        <source>Max length:</source>
        <translation>Höchstlänge:</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>&amp;Test a value:</source>
        <translation>Wert &amp;testen:</translation>
    </message>
    <message>
        <source>Fix the definition first: %1</source>
        <translation>Korrigieren Sie zuerst die Definition: %1</translation>
    </message>
    <message>
        <source>Fits: %1</source>
        <translation>Passt: %1</translation>
    </message>
    <message>
        <source>Does not fit: %1</source>
        <translation>Passt nicht: %1</translation>
    </message>
    <message>
        <source>Only integer and number fields have a minimum and maximum.</source>
        <translation>Nur Ganzzahl- und Zahlenfelder haben ein Minimum und Maximum.</translation>
    </message>
    <message>
        <source>Only string fields take this rule.</source>
        <translation>Diese Regel gilt nur für Textfelder.</translation>
    </message>
</context>
<context>
    <name>FieldValueCounter</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>GroupMembersPayload</name>
    <message>
        <source>%1 was ignored because %2 was given</source>
        <translation>%1 wurde ignoriert, weil %2 angegeben wurde</translation>
    </message>
    <message>
        <source>invalid user id: %1</source>
        <translation>ungültige Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>user ids must be a csv string, an integer or a list</source>
        <translation>Benutzer-IDs müssen ein CSV-Text, eine ganze Zahl oder eine Liste sein</translation>
    </message>
    <message>
        <source>no user ids given (send user_id, user_ids or users)</source>
        <translation>keine Benutzer-IDs angegeben (user_id, user_ids oder users senden)</translation>
    </message>
    <message>
        <source>%1 was ignored: drop removes every group membership of the users</source>
        <translation>%1 wurde ignoriert: drop entfernt alle Gruppenmitgliedschaften der Benutzer</translation>
    </message>
    <message>
        <source>invalid group id: %1</source>
        <translation>ungültige Gruppen-ID: %1</translation>
    </message>
    <message>
        <source>a group must be an id or a name</source>
        <translation>eine Gruppe muss eine ID oder ein Name sein</translation>
    </message>
    <message>
        <source>groups must be a csv string, an integer or a list</source>
        <translation>Gruppen müssen ein CSV-Text, eine ganze Zahl oder eine Liste sein</translation>
    </message>
    <message>
        <source>no user groups given (send group_id, group_ids or groups)</source>
        <translation>keine Benutzergruppen angegeben (group_id, group_ids oder groups senden)</translation>
    </message>
</context>
<context>
    <name>GroupPreviewDialog</name>
    <message>
        <source>Group Membership Preview</source>
        <translation>Vorschau der Gruppenmitgliedschaften</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Users gaining it</source>
        <translation>Benutzer, die sie erhalten</translation>
    </message>
    <message>
        <source>Users losing it</source>
        <translation>Benutzer, die sie verlieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Users it changes (%Ln):</source>
        <translation>
            <numerusform>Betroffene &amp;Benutzer (%Ln):</numerusform>
            <numerusform>Betroffene &amp;Benutzer (%Ln):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation>Liste &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Export Affected Users</source>
        <translation>Betroffene Benutzer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>GroupsTableModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>%1 redirected the request to %2; the redirect was not followed so that the key is never sent to another server. Check the base URL.</source>
        <translation>%1 hat die Anfrage nach %2 umgeleitet; der Umleitung wurde nicht gefolgt, damit der Schlüssel nie an einen anderen Server geht. Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered with &apos;%2&apos; instead of JSON: is the base URL that of a MetaDesk/TLD server?</source>
        <translation>%1 hat mit „%2“ statt mit JSON geantwortet: Ist die Basis-URL die eines MetaDesk-/TLD-Servers?</translation>
    </message>
    <message>
        <source>%1 answered with JSON that cannot be read (%2).</source>
        <translation>%1 hat mit JSON geantwortet, das nicht gelesen werden kann (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>IdReader</name>
    <message>
        <source>%1 does not fit in a 64-bit id</source>
        <translation>%1 passt nicht in eine 64-Bit-ID</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a valid id: ids are positive</source>
        <translation>%1 ist keine gültige ID: IDs sind positiv</translation>
    </message>
    <message>
        <source>an id must not be empty</source>
        <translation>eine ID darf nicht leer sein</translation>
    </message>
    <message>
        <source>an id must be a number or a numeric string</source>
        <translation>eine ID muss eine Zahl oder ein numerischer Text sein</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Edits — %1</source>
        <translation>Änderungen importieren — %1</translation>
    </message>
    <message>
        <source>Long form (user_id, field, value).</source>
        <translation>Langform (user_id, field, value).</translation>
    </message>
    <message>
        <source>Wide form (a column per field).</source>
        <translation>Breitform (eine Spalte pro Feld).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) will become pending edits.</source>
        <translation>
            <numerusform>%Ln Zelle wird zur ausstehenden Änderung.</numerusform>
            <numerusform>%Ln Zellen werden zu ausstehenden Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) on %1 have problems and will be left out:</source>
        <translation>
            <numerusform>%Ln Zelle in %1 hat Probleme und wird ausgelassen:</numerusform>
            <numerusform>%Ln Zellen in %1 haben Probleme und werden ausgelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln Cell(s) Pending</source>
        <translation>
            <numerusform>%Ln Zelle vormerken</numerusform>
            <numerusform>%Ln Zellen vormerken</numerusform>
        </translation>
    </message>
    <message>
        <source>The users&apos; own columns (%1) are not meta fields and are left alone.</source>
        <translation>Die eigenen Spalten der Benutzer (%1) sind keine Metafelder und bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>JsonValueEditor</name>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Kein gültiges JSON an Zeichen %1: %2</translation>
    </message>
    <message>
        <source>Must be a JSON object or array</source>
        <translation>Muss ein JSON-Objekt oder -Array sein</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No key is stored in the keychain for this connection.</source>
        <translation>Für diese Verbindung ist kein Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>No keychain is available (%1).</source>
        <translation>Kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>LocalApplyJob</name>
    <message>
        <source>Cancelled before it was written.</source>
        <translation>Abgebrochen, bevor es geschrieben wurde.</translation>
    </message>
    <message>
        <source>Not written: other edits in the same apply were refused (%1).</source>
        <translation>Nicht geschrieben: andere Änderungen desselben Anwendens wurden abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>LocalReader</name>
    <message>
        <source>A newer search replaced this one.</source>
        <translation>Eine neuere Suche hat diese ersetzt.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The file no longer knows every change since revision %1: take a fresh copy.</source>
        <translation>Die Datei kennt nicht mehr jede Änderung seit Revision %1: Nehmen Sie eine neue Kopie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MetaDesk</source>
        <translation>MetaDesk</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>&amp;Schema</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit</source>
        <translation>&amp;Massenbearbeitung</translation>
    </message>
    <message>
        <source>Group Membership</source>
        <translation>Gruppenmitgliedschaft</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Import Edits…</source>
        <translation>Änderungen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Users…</source>
        <translation>Benutzer e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Preview Payload…</source>
        <translation>Nutzdaten-&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Apply Pending Edits</source>
        <translation>Ausstehende Änderungen &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Discard Pending Edits…</source>
        <translation>Ausstehende Änderungen &amp;verwerfen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Meta &amp;Columns</source>
        <translation>Meta-&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Clear &amp;Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1 — MetaDesk</source>
        <translation>%1 — MetaDesk</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>Restore pending edits</source>
        <translation>Ausstehende Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Open MetaDesk Database</source>
        <translation>MetaDesk-Datenbank öffnen</translation>
    </message>
    <message>
        <source>MetaDesk databases (*.metadesk *.db *.sqlite);;All files (*)</source>
        <translation>MetaDesk-Datenbanken (*.metadesk *.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There are no pending edits to apply.</source>
        <translation>Es gibt keine ausstehenden Änderungen zum Anwenden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard pending edits</source>
        <translation>Ausstehende Änderungen verwerfen</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Pending edits</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Edits were not applied</source>
        <translation>Änderungen wurden nicht angewendet</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Cannot open the demo database</source>
        <translation>Die Demo-Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New MetaDesk Database</source>
        <translation>Neue MetaDesk-Datenbank</translation>
    </message>
    <message>
        <source>MetaDesk databases (*.metadesk *.db);;All files (*)</source>
        <translation>MetaDesk-Datenbanken (*.metadesk *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>API Key Refused</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>%1

Enter the API key again?</source>
        <translation>%1

Den API-Schlüssel erneut eingeben?</translation>
    </message>
    <message>
        <source>Changes to &amp;Send…</source>
        <translation>Zu &amp;sendende Änderungen…</translation>
    </message>
    <message>
        <source>This is an offline copy of %1 on %2: field definitions change on the server and arrive with Get Server Changes.</source>
        <translation>Dies ist eine Offline-Kopie von %1 auf %2: Felddefinitionen werden auf dem Server geändert und kommen mit „Änderungen vom Server holen“.</translation>
    </message>
    <message>
        <source>Take Offline Copy</source>
        <translation>Offline-Kopie anlegen</translation>
    </message>
    <message>
        <source>Cannot take an offline copy</source>
        <translation>Offline-Kopie kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Saving %1 into %2…</source>
        <translation>%1 wird in %2 gespeichert…</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <source>User %1, %2: %3</source>
        <translation>Benutzer %1, %2: %3</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(geleert)</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… und %Ln weitere.</numerusform>
            <numerusform>… und %Ln weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) to %1 were not written when MetaDesk last stopped:</source>
        <translation>
            <numerusform>%Ln Änderung an %1 wurde beim letzten Beenden von MetaDesk nicht geschrieben:</numerusform>
            <numerusform>%Ln Änderungen an %1 wurden beim letzten Beenden von MetaDesk nicht geschrieben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore them as pending edits? Edit › Undo takes them back.</source>
        <translation>Als ausstehende Änderungen wiederherstellen? Bearbeiten › Rückgängig nimmt sie wieder zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %Ln edit(s)…</source>
        <translation>
            <numerusform>%Ln Änderung wird angewendet…</numerusform>
            <numerusform>%Ln Änderungen werden angewendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %Ln pending edit(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln ausstehende Änderung verwerfen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%Ln ausstehende Änderungen verwerfen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) reverted to the value taken from the server.</source>
        <translation>
            <numerusform>%Ln Änderung auf den vom Server übernommenen Wert zurückgesetzt.</numerusform>
            <numerusform>%Ln Änderungen auf den vom Server übernommenen Wert zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln user(s)</source>
        <translation>
            <numerusform>%1 · %Ln Benutzer</numerusform>
            <numerusform>%1 · %Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending edit(s)</source>
        <translation>
            <numerusform>%Ln ausstehende Änderung</numerusform>
            <numerusform>%Ln ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) have not been written yet. Apply them before closing?</source>
        <translation>
            <numerusform>%Ln Änderung wurde noch nicht geschrieben. Vor dem Schließen anwenden?</numerusform>
            <numerusform>%Ln Änderungen wurden noch nicht geschrieben. Vor dem Schließen anwenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group Membership</source>
        <translation>&amp;Gruppenmitgliedschaft</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Take Offline Copy…</source>
        <translation>&amp;Offline-Kopie anlegen…</translation>
    </message>
    <message>
        <source>Send C&amp;hanges…</source>
        <translation>Änderungen s&amp;enden…</translation>
    </message>
    <message>
        <source>&amp;Get Server Changes</source>
        <translation>Änderungen vom Server &amp;holen</translation>
    </message>
    <message>
        <source>&amp;Send Changes To…</source>
        <translation>Änderungen senden &amp;an…</translation>
    </message>
</context>
<context>
    <name>MappedEdits</name>
    <message>
        <source>user %1 › %2</source>
        <translation>Benutzer %1 › %2</translation>
    </message>
    <message>
        <source>The remote id &quot;%1&quot; also belongs to user %2: nothing is sent to it.</source>
        <translation>Die entfernte ID „%1“ gehört auch Benutzer %2: An sie wird nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>MatchingUsersCollector</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <source>Add to</source>
        <translation>Hinzufügen zu</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Remove from</source>
        <translation>Entfernen aus</translation>
    </message>
    <message>
        <source>Drop all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>Tick the groups to use first.</source>
        <translation>Haken Sie zuerst die zu verwendenden Gruppen an.</translation>
    </message>
    <message>
        <source>Select some users first.</source>
        <translation>Wählen Sie zuerst Benutzer aus.</translation>
    </message>
    <message>
        <source>Gathering the matching users…</source>
        <translation>Die passenden Benutzer werden gesammelt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No users match the filter.</source>
        <translation>Keine Benutzer passen zum Filter.</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Hinzufügen zu %1</translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation>Ersetzen durch %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Entfernen aus %1</translation>
    </message>
    <message>
        <source>Drop all memberships</source>
        <translation>Alle Mitgliedschaften entfernen</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Changing group memberships…</source>
        <translation>Gruppenmitgliedschaften werden geändert…</translation>
    </message>
    <message numerus="yes">
        <source>Selected users (%Ln)</source>
        <translation>
            <numerusform>Ausgewählte Benutzer (%Ln)</numerusform>
            <numerusform>Ausgewählte Benutzer (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All users matching the filter (%Ln)</source>
        <translation>
            <numerusform>Alle zum Filter passenden Benutzer (%Ln)</numerusform>
            <numerusform>Alle zum Filter passenden Benutzer (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected row(s) are still loading; try again in a moment.</source>
        <translation>
            <numerusform>%Ln ausgewählte Zeile wird noch geladen; versuchen Sie es gleich noch einmal.</numerusform>
            <numerusform>%Ln ausgewählte Zeilen werden noch geladen; versuchen Sie es gleich noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added and %2 removed for %3</source>
        <translation>Für %3 %1 hinzugefügt und %2 entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln membership(s)</source>
        <translation>
            <numerusform>%Ln Mitgliedschaft</numerusform>
            <numerusform>%Ln Mitgliedschaften</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added for %2</source>
        <translation>%1 für %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed for %2</source>
        <translation>%1 für %2 entfernt</translation>
    </message>
    <message>
        <source>No membership changed</source>
        <translation>Keine Mitgliedschaft geändert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln Durchgang</numerusform>
            <numerusform>%Ln Durchgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) not applied:</source>
        <translation>
            <numerusform>%Ln Anfrage nicht ausgeführt:</numerusform>
            <numerusform>%Ln Anfragen nicht ausgeführt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) not applied:</source>
        <translation>
            <numerusform>%Ln Durchgang nicht ausgeführt:</numerusform>
            <numerusform>%Ln Durchgänge nicht ausgeführt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the rest was not changed.</source>
        <translation>Abgebrochen: Der Rest wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Part of it cannot be undone: memberships changed elsewhere meanwhile.</source>
        <translation>Ein Teil davon lässt sich nicht rückgängig machen: Mitgliedschaften wurden inzwischen anderswo geändert.</translation>
    </message>
    <message>
        <source>Wait until the group change running now is done, then undo.</source>
        <translation>Warten Sie, bis die laufende Gruppenänderung fertig ist, und machen Sie sie dann rückgängig.</translation>
    </message>
    <message>
        <source>Wait until the group change running now is done, then redo.</source>
        <translation>Warten Sie, bis die laufende Gruppenänderung fertig ist, und wiederholen Sie dann.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Not all of it was taken back: Undo again to retry.</source>
        <translation>Nicht alles wurde zurückgenommen: Wählen Sie erneut Rückgängig, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Not all of it was made again: Redo again to retry.</source>
        <translation>Nicht alles wurde wiederhergestellt: Wählen Sie erneut Wiederholen, um es noch einmal zu versuchen.</translation>
    </message>
</context>
<context>
    <name>MembershipPlanner</name>
    <message numerus="yes">
        <source>Changes nothing for %Ln user(s)</source>
        <translation>
            <numerusform>Ändert nichts für %Ln Benutzer</numerusform>
            <numerusform>Ändert nichts für %Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln membership(s)</source>
        <translation>
            <numerusform>%Ln Mitgliedschaft</numerusform>
            <numerusform>%Ln Mitgliedschaften</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds %1 for %2</source>
        <translation>Fügt %1 für %2 hinzu</translation>
    </message>
    <message>
        <source>Removes %1 from %2</source>
        <translation>Entfernt %1 für %2</translation>
    </message>
    <message>
        <source>Adds %1 and removes %2 for %3</source>
        <translation>Fügt für %3 %1 hinzu und entfernt %2</translation>
    </message>
</context>
<context>
    <name>MetaFieldDefinitionParser</name>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>a field name must not be empty</source>
        <translation>ein Feldname darf nicht leer sein</translation>
    </message>
    <message>
        <source>a field name may have at most %1 characters</source>
        <translation>ein Feldname darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a field name (use letters, digits, _, - and .)</source>
        <translation>„%1“ ist in einem Feldnamen nicht erlaubt (Buchstaben, Ziffern, _, - und . verwenden)</translation>
    </message>
    <message>
        <source>a field definition must be an object</source>
        <translation>eine Felddefinition muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>a field definition needs a type (one of: %1)</source>
        <translation>eine Felddefinition braucht einen Typ (einen von: %1)</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (use one of: %2)</source>
        <translation>unbekannter Typ „%1“ (einen von %2 verwenden)</translation>
    </message>
    <message>
        <source>items is only allowed for array fields</source>
        <translation>items ist nur für Array-Felder erlaubt</translation>
    </message>
    <message>
        <source>unknown item type &apos;%1&apos;</source>
        <translation>unbekannter Elementtyp „%1“</translation>
    </message>
    <message>
        <source>array items must be a scalar type, not &apos;%1&apos;</source>
        <translation>Array-Elemente müssen einen skalaren Typ haben, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown validation &apos;%1&apos; (use url or email)</source>
        <translation>unbekannte Validierung „%1“ (url oder email verwenden)</translation>
    </message>
    <message>
        <source>validation only applies to string values</source>
        <translation>Validierung gilt nur für Textwerte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression: %2 at offset %3</source>
        <translation>„%1“ ist kein gültiger regulärer Ausdruck: %2 an Position %3</translation>
    </message>
    <message>
        <source>a pattern only applies to string values</source>
        <translation>ein Muster gilt nur für Textwerte</translation>
    </message>
    <message>
        <source>lengths only apply to string values</source>
        <translation>Längen gelten nur für Textwerte</translation>
    </message>
    <message>
        <source>min_length %1 is greater than max_length %2</source>
        <translation>min_length %1 ist größer als max_length %2</translation>
    </message>
    <message>
        <source>min and max only apply to integer and number values</source>
        <translation>min und max gelten nur für Ganzzahl- und Zahlenwerte</translation>
    </message>
    <message>
        <source>min %1 is greater than max %2</source>
        <translation>min %1 ist größer als max %2</translation>
    </message>
    <message>
        <source>options must be an array</source>
        <translation>options muss ein Array sein</translation>
    </message>
    <message>
        <source>options do not apply to json fields</source>
        <translation>Optionen gelten nicht für JSON-Felder</translation>
    </message>
    <message>
        <source>an option must be a single value</source>
        <translation>eine Option muss ein einzelner Wert sein</translation>
    </message>
</context>
<context>
    <name>MetaValueEditors</name>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
</context>
<context>
    <name>MultipartReader</name>
    <message>
        <source>the multipart body has no boundary in its Content-Type</source>
        <translation>der Multipart-Body hat keine Boundary in seinem Content-Type</translation>
    </message>
    <message>
        <source>the multipart body does not contain its boundary &apos;%1&apos;</source>
        <translation>der Multipart-Body enthält seine Boundary „%1“ nicht</translation>
    </message>
    <message>
        <source>a line break is missing after the boundary at byte %1</source>
        <translation>nach der Boundary an Byte %1 fehlt ein Zeilenumbruch</translation>
    </message>
    <message>
        <source>the headers of the part at byte %1 are not terminated (truncated body?)</source>
        <translation>die Kopfzeilen des Teils an Byte %1 sind nicht abgeschlossen (abgeschnittener Body?)</translation>
    </message>
    <message>
        <source>the part at byte %1 has a malformed header line</source>
        <translation>der Teil an Byte %1 hat eine fehlerhafte Kopfzeile</translation>
    </message>
    <message>
        <source>the part at byte %1 has no closing boundary (truncated body?)</source>
        <translation>der Teil an Byte %1 hat keine schließende Boundary (abgeschnittener Body?)</translation>
    </message>
</context>
<context>
    <name>NetworkErrorText</name>
    <message>
        <source>%1 refused the connection: is the server running and is the port right?</source>
        <translation>%1 hat die Verbindung abgelehnt: Läuft der Server und stimmt der Port?</translation>
    </message>
    <message>
        <source>%1 closed the connection before it answered completely.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server name %1 was not found: check the URL.</source>
        <translation>Der Servername %1 wurde nicht gefunden: Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made: its certificate is not trusted or the handshake failed.</source>
        <translation>Eine sichere (TLS-)Verbindung zu %1 kam nicht zustande: Sein Zertifikat ist nicht vertrauenswürdig oder der Handshake schlug fehl.</translation>
    </message>
    <message>
        <source>The network connection was lost while talking to %1.</source>
        <translation>Die Netzwerkverbindung ging während der Kommunikation mit %1 verloren.</translation>
    </message>
    <message>
        <source>The network is not available (no connection to %1).</source>
        <translation>Das Netzwerk ist nicht verfügbar (keine Verbindung zu %1).</translation>
    </message>
    <message>
        <source>The system does not allow this request to %1 in the background.</source>
        <translation>Das System erlaubt diese Anfrage an %1 im Hintergrund nicht.</translation>
    </message>
    <message>
        <source>%1 redirected the request too many times.</source>
        <translation>%1 hat die Anfrage zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http; the redirect was refused so that the key is not sent unencrypted.</source>
        <translation>%1 hat von https auf unverschlüsseltes http umgeleitet; die Umleitung wurde abgelehnt, damit der Schlüssel nicht unverschlüsselt gesendet wird.</translation>
    </message>
    <message>
        <source>An unknown network error occurred while talking to %1.</source>
        <translation>Bei der Kommunikation mit %1 ist ein unbekannter Netzwerkfehler aufgetreten.</translation>
    </message>
    <message>
        <source>The proxy refused the connection to %1.</source>
        <translation>Der Proxy hat die Verbindung zu %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The proxy closed the connection to %1 before it answered.</source>
        <translation>Der Proxy hat die Verbindung zu %1 geschlossen, bevor er antwortete.</translation>
    </message>
    <message>
        <source>The proxy server was not found (while connecting to %1).</source>
        <translation>Der Proxyserver wurde nicht gefunden (beim Verbinden mit %1).</translation>
    </message>
    <message>
        <source>The proxy did not answer in time (while connecting to %1).</source>
        <translation>Der Proxy hat nicht rechtzeitig geantwortet (beim Verbinden mit %1).</translation>
    </message>
    <message>
        <source>The proxy requires a login (while connecting to %1).</source>
        <translation>Der Proxy verlangt eine Anmeldung (beim Verbinden mit %1).</translation>
    </message>
    <message>
        <source>An unknown proxy error occurred while connecting to %1.</source>
        <translation>Beim Verbinden mit %1 ist ein unbekannter Proxyfehler aufgetreten.</translation>
    </message>
    <message>
        <source>The request to %1 had to be sent again but could not be.</source>
        <translation>Die Anfrage an %1 musste erneut gesendet werden, was nicht möglich war.</translation>
    </message>
    <message>
        <source>%1 answered with an error the program does not know.</source>
        <translation>%1 hat mit einem Fehler geantwortet, den das Programm nicht kennt.</translation>
    </message>
    <message>
        <source>The URL of %1 does not use http or https.</source>
        <translation>Die URL von %1 verwendet weder http noch https.</translation>
    </message>
    <message>
        <source>%1 broke the HTTP protocol (the answer could not be read).</source>
        <translation>%1 hat das HTTP-Protokoll verletzt (die Antwort konnte nicht gelesen werden).</translation>
    </message>
    <message>
        <source>%1 reported a server error the program does not know.</source>
        <translation>%1 hat einen Serverfehler gemeldet, den das Programm nicht kennt.</translation>
    </message>
    <message>
        <source>Network error %1 while talking to %2.</source>
        <translation>Netzwerkfehler %1 bei der Kommunikation mit %2.</translation>
    </message>
    <message>
        <source>The server refused the request as malformed (400).</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt (400).</translation>
    </message>
    <message>
        <source>The API id or key is wrong (401).</source>
        <translation>API-ID oder -Schlüssel ist falsch (401).</translation>
    </message>
    <message>
        <source>This key is not allowed to do that, or not from this address (403).</source>
        <translation>Dieser Schlüssel darf das nicht, oder nicht von dieser Adresse aus (403).</translation>
    </message>
    <message>
        <source>The server has no such endpoint: check the base URL (404).</source>
        <translation>Der Server hat keinen solchen Endpunkt: Prüfen Sie die Basis-URL (404).</translation>
    </message>
    <message>
        <source>The server does not accept this method here (405).</source>
        <translation>Der Server akzeptiert diese Methode hier nicht (405).</translation>
    </message>
    <message>
        <source>The server gave up waiting for the request (408).</source>
        <translation>Der Server hat das Warten auf die Anfrage aufgegeben (408).</translation>
    </message>
    <message>
        <source>The request conflicts with the server&apos;s data (409).</source>
        <translation>Die Anfrage steht im Konflikt mit den Daten des Servers (409).</translation>
    </message>
    <message>
        <source>The resource is gone from the server (410).</source>
        <translation>Die Ressource gibt es auf dem Server nicht mehr (410).</translation>
    </message>
    <message>
        <source>The request is too large for the server (413).</source>
        <translation>Die Anfrage ist für den Server zu groß (413).</translation>
    </message>
    <message>
        <source>The server does not accept this kind of content (415).</source>
        <translation>Der Server akzeptiert diese Art von Inhalt nicht (415).</translation>
    </message>
    <message>
        <source>The server could not process the request&apos;s content (422).</source>
        <translation>Der Server konnte den Inhalt der Anfrage nicht verarbeiten (422).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests; it asked to wait (429).</source>
        <translation>Der Server erhält zu viele Anfragen; er bittet zu warten (429).</translation>
    </message>
    <message>
        <source>The server failed with an internal error (500).</source>
        <translation>Der Server ist mit einem internen Fehler gescheitert (500).</translation>
    </message>
    <message>
        <source>The server does not implement this request (501).</source>
        <translation>Der Server unterstützt diese Anfrage nicht (501).</translation>
    </message>
    <message>
        <source>A gateway in front of the server got no valid answer from it (502).</source>
        <translation>Ein Gateway vor dem Server hat von ihm keine gültige Antwort bekommen (502).</translation>
    </message>
    <message>
        <source>The server is unavailable right now (503).</source>
        <translation>Der Server ist gerade nicht verfügbar (503).</translation>
    </message>
    <message>
        <source>A gateway in front of the server timed out waiting for it (504).</source>
        <translation>Ein Gateway vor dem Server hat beim Warten auf ihn eine Zeitüberschreitung erreicht (504).</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Der Server ist gescheitert (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1), which was not followed.</source>
        <translation>Der Server hat die Anfrage umgeleitet (HTTP %1); der Umleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Changes to Send…</source>
        <translation>Zu sendende Änderungen…</translation>
    </message>
    <message>
        <source>Send Changes…</source>
        <translation>Änderungen senden…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) not yet sent</source>
        <translation>
            <numerusform>%1: %n Änderung noch nicht gesendet</numerusform>
            <numerusform>%1: %n Änderungen noch nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineCopyFile</name>
    <message>
        <source>Unknown meta field &apos;%1&apos;</source>
        <translation>Unbekanntes Metafeld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The field “%1” is a %2 on the server now; take a fresh copy to work with its new type (this file keeps it as a %3).</source>
        <translation>Das Feld „%1“ ist auf dem Server jetzt vom Typ %2; holen Sie eine neue Kopie, um mit dem neuen Typ zu arbeiten (diese Datei behält es als %3).</translation>
    </message>
    <message numerus="yes">
        <source>The field “%1” was deleted on the server; this file keeps it for its %n change(s) not sent, which the server can no longer take.</source>
        <translation>
            <numerusform>Das Feld „%1“ wurde auf dem Server gelöscht; diese Datei behält es für seine %n nicht gesendete Änderung, die der Server nicht mehr annehmen kann.</numerusform>
            <numerusform>Das Feld „%1“ wurde auf dem Server gelöscht; diese Datei behält es für seine %n nicht gesendeten Änderungen, die der Server nicht mehr annehmen kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server changed the field “%1”, but this file could not take it: %2</source>
        <translation>Der Server hat das Feld „%1“ geändert, aber diese Datei konnte die Änderung nicht übernehmen: %2</translation>
    </message>
</context>
<context>
    <name>OfflineCopyJob</name>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Offline copy of %1 saved in %2: %n user(s).</source>
        <translation>
            <numerusform>Offline-Kopie von %1 in %2 gespeichert: %n Benutzer.</numerusform>
            <numerusform>Offline-Kopie von %1 in %2 gespeichert: %n Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no offline copy was made, and the half-made file %1 was removed.</source>
        <translation>Abgebrochen: Es wurde keine Offline-Kopie angelegt, und die halb geschriebene Datei %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>The offline copy could not be made: %1</source>
        <translation>Die Offline-Kopie konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>OfflineOrigin</name>
    <message>
        <source>Offline copy of %1 on %2, taken %3</source>
        <translation>Offline-Kopie von %1 auf %2, mitgenommen %3</translation>
    </message>
</context>
<context>
    <name>OfflineSyncFlow</name>
    <message>
        <source>Send Changes</source>
        <translation>Änderungen senden</translation>
    </message>
    <message>
        <source>Get Server Changes</source>
        <translation>Änderungen vom Server holen</translation>
    </message>
    <message>
        <source>This file is not an offline copy of a server account: open one (File › Take Offline Copy makes one while connected).</source>
        <translation>Diese Datei ist keine Offline-Kopie eines Serverkontos: Öffnen Sie eine (Datei › Offline-Kopie anlegen legt eine an, solange Sie verbunden sind).</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) are not written into the file yet. Apply them first (Edit › Apply), then try again: only what the file holds is compared and sent.</source>
        <translation>
            <numerusform>%n Bearbeitung ist noch nicht in die Datei geschrieben. Wenden Sie sie zuerst an (Bearbeiten › Anwenden) und versuchen Sie es dann erneut: Verglichen und gesendet wird nur, was die Datei enthält.</numerusform>
            <numerusform>%n Bearbeitungen sind noch nicht in die Datei geschrieben. Wenden Sie sie zuerst an (Bearbeiten › Anwenden) und versuchen Sie es dann erneut: Verglichen und gesendet wird nur, was die Datei enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no connection profile to send to. Add one under File › Connect to Server, then try again.</source>
        <translation>Es gibt kein Verbindungsprofil, an das gesendet werden kann. Legen Sie eines unter Datei › Mit Server verbinden an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No connection profile leads to %1. Add one under File › Connect to Server (this copy was taken with the API id “%2”), then try again.</source>
        <translation>Kein Verbindungsprofil führt zu %1. Legen Sie eines unter Datei › Mit Server verbinden an (diese Kopie wurde mit der API-ID „%2“ erstellt) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Send the account “%1” of this file to which server? Its values are compared with those of the key&apos;s account there.</source>
        <translation>An welchen Server soll das Konto „%1“ dieser Datei gesendet werden? Seine Werte werden mit denen des Kontos verglichen, zu dem der Schlüssel dort gehört.</translation>
    </message>
    <message>
        <source>Which connection to %1 should be used?</source>
        <translation>Welche Verbindung zu %1 soll verwendet werden?</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Taking the server&apos;s changes into the file…</source>
        <translation>Übernehme die Änderungen des Servers in die Datei…</translation>
    </message>
    <message>
        <source>Without comparison: the server cannot be read, so every value and membership of the file is sent and overwrites what the server holds.</source>
        <translation>Ohne Vergleich: Der Server kann nicht gelesen werden; daher wird jeder Wert und jede Mitgliedschaft der Datei gesendet und überschreibt, was der Server hat.</translation>
    </message>
    <message>
        <source>This file was not taken from this server: values that differ are sent and overwrite the server&apos;s.</source>
        <translation>Diese Datei stammt nicht von diesem Server: Abweichende Werte werden gesendet und überschreiben die des Servers.</translation>
    </message>
    <message>
        <source>Without conflict detection: the server cannot say what changed since the copy was taken, so what is sent overwrites what it holds.</source>
        <translation>Ohne Konflikterkennung: Der Server kann nicht sagen, was sich seit dem Erstellen der Kopie geändert hat; was gesendet wird, überschreibt also seine Werte.</translation>
    </message>
    <message>
        <source>Nothing was sent; the file keeps its changes to send.</source>
        <translation>Nichts wurde gesendet; die Datei behält ihre zu sendenden Änderungen.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent or changed.</source>
        <translation>Abgebrochen: Nichts wurde gesendet oder geändert.</translation>
    </message>
    <message>
        <source>The server cannot be read (it has no egress endpoints: a plain TLD ingress), so there is no way to compare this file with what it holds. Every value and membership of the file&apos;s account can still be sent, without comparison: each one overwrites what the server holds in its place, and users or groups the server lacks are refused there. Look at them and send?</source>
        <translation>Der Server kann nicht gelesen werden (er hat keine Egress-Endpunkte: ein reiner TLD-Ingress), daher gibt es keine Möglichkeit, diese Datei mit seinem Inhalt zu vergleichen. Jeder Wert und jede Mitgliedschaft des Kontos der Datei kann trotzdem gesendet werden, ohne Vergleich: Jeder überschreibt, was der Server an seiner Stelle hat, und Benutzer oder Gruppen, die der Server nicht hat, werden dort abgelehnt. Ansehen und senden?</translation>
    </message>
    <message>
        <source>The server has no change feed (a plain TLD ingress): it cannot say what changed since this copy was taken.</source>
        <translation>Der Server bietet keinen Änderungsverlauf (ein reiner TLD-Ingress): Er kann nicht sagen, was sich seit dem Erstellen dieser Kopie geändert hat.</translation>
    </message>
    <message>
        <source>The server no longer knows every change since this copy was taken (they are older than it keeps them).</source>
        <translation>Der Server kennt nicht mehr jede Änderung seit dem Erstellen dieser Kopie (sie sind älter, als er sie aufbewahrt).</translation>
    </message>
    <message>
        <source>The file&apos;s changes can still be sent, without conflict detection: each one overwrites what the server holds in its place, even if someone changed it meanwhile. Look at them and send?</source>
        <translation>Die Änderungen der Datei können trotzdem gesendet werden, ohne Konflikterkennung: Jede überschreibt, was der Server an ihrer Stelle hat, auch wenn es inzwischen jemand geändert hat. Ansehen und senden?</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Comparing with the file…</source>
        <translation>Vergleiche mit der Datei…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Cancelled while sending.</source>
        <translation>Beim Senden abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent; the server holds them now.</source>
        <translation>
            <numerusform>%n Änderung gesendet; der Server hat sie jetzt.</numerusform>
            <numerusform>%n Änderungen gesendet; der Server hat sie jetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not land and stay in the file, to send again:</source>
        <translation>
            <numerusform>%n Änderung kam nicht an und bleibt zum erneuten Senden in der Datei:</numerusform>
            <numerusform>%n Änderungen kamen nicht an und bleiben zum erneuten Senden in der Datei:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … und %n weitere.</numerusform>
            <numerusform>  … und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server change(s) taken into the file.</source>
        <translation>
            <numerusform>%n Änderung des Servers in die Datei übernommen.</numerusform>
            <numerusform>%n Änderungen des Servers in die Datei übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) held: the file keeps its own value there until you decide in File › Send Changes.</source>
        <translation>
            <numerusform>%n Konflikt zurückgehalten: Die Datei behält dort ihren eigenen Wert, bis Sie unter Datei › Änderungen senden entscheiden.</numerusform>
            <numerusform>%n Konflikte zurückgehalten: Die Datei behält dort ihre eigenen Werte, bis Sie unter Datei › Änderungen senden entscheiden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server change(s) concern users, groups or fields this copy does not hold; they were left out (a fresh copy has them).</source>
        <translation>
            <numerusform>%n Änderung des Servers betrifft Benutzer, Gruppen oder Felder, die diese Kopie nicht enthält; sie wurde ausgelassen (eine neue Kopie enthält sie).</numerusform>
            <numerusform>%n Änderungen des Servers betreffen Benutzer, Gruppen oder Felder, die diese Kopie nicht enthält; sie wurden ausgelassen (eine neue Kopie enthält sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent, because the server&apos;s account lacks them:</source>
        <translation>Nicht gesendet, weil das Konto auf dem Server sie nicht hat:</translation>
    </message>
    <message>
        <source>The file and the server agree: nothing to send or take.</source>
        <translation>Datei und Server stimmen überein: nichts zu senden oder zu holen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>OfflineSyncJob</name>
    <message>
        <source>The file was closed.</source>
        <translation>Die Datei wurde geschlossen.</translation>
    </message>
    <message>
        <source>This file is not an offline copy.</source>
        <translation>Diese Datei ist keine Offline-Kopie.</translation>
    </message>
    <message>
        <source>Reading what changed on the server since the copy was taken…</source>
        <translation>Lese, was sich seit dem Erstellen der Kopie auf dem Server geändert hat…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Comparing with the file…</source>
        <translation>Vergleiche mit der Datei…</translation>
    </message>
    <message>
        <source>Comparing the file with the server&apos;s account…</source>
        <translation>Vergleiche die Datei mit dem Konto auf dem Server…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lese die Datei…</translation>
    </message>
    <message>
        <source>The server changed some of these places while they were being sent. What landed is on the server; the rest was compared again: look at it before sending it.</source>
        <translation>Der Server hat einige dieser Stellen geändert, während sie gesendet wurden. Was angekommen ist, ist auf dem Server; der Rest wurde erneut verglichen: Sehen Sie ihn an, bevor Sie ihn senden.</translation>
    </message>
    <message>
        <source>The server changed some of these places while they were being sent. What landed is in the file; look at the rest again before sending it.</source>
        <translation>Der Server hat einige dieser Stellen geändert, während sie gesendet wurden. Was angekommen ist, steht in der Datei; sehen Sie sich den Rest erneut an, bevor Sie ihn senden.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) of group %1: %2</source>
        <translation>
            <numerusform>%n Mitgliedschaft in der Gruppe %1: %2</numerusform>
            <numerusform>%n Mitgliedschaften in der Gruppe %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The server holds what landed, but the file could not record it (%1). Send Changes again: what landed will be found equal and recorded then.</source>
        <translation>Der Server hat, was angekommen ist, aber die Datei konnte es nicht vermerken (%1). Senden Sie die Änderungen erneut: Was angekommen ist, wird dann als gleich erkannt und vermerkt.</translation>
    </message>
</context>
<context>
    <name>PayloadCompiler</name>
    <message>
        <source>the value of &apos;%1&apos; for user %2 is not a finite number</source>
        <translation>der Wert von „%1“ für Benutzer %2 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; for user %2 contains the multipart boundary</source>
        <translation>der Wert von „%1“ für Benutzer %2 enthält die Multipart-Boundary</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; for user %2 does not fit in one request of at most %3 bytes</source>
        <translation>der Wert von „%1“ für Benutzer %2 passt nicht in eine Anfrage von höchstens %3 Bytes</translation>
    </message>
    <message>
        <source>a group membership change needs at least one user</source>
        <translation>eine Änderung der Gruppenmitgliedschaft braucht mindestens einen Benutzer</translation>
    </message>
    <message>
        <source>a group membership change needs at least one group</source>
        <translation>eine Änderung der Gruppenmitgliedschaft braucht mindestens eine Gruppe</translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; contains the multipart boundary</source>
        <translation>der Gruppenname „%1“ enthält die Multipart-Boundary</translation>
    </message>
    <message>
        <source>the groups of this change do not fit in one request of at most %1 bytes</source>
        <translation>die Gruppen dieser Änderung passen nicht in eine Anfrage von höchstens %1 Bytes</translation>
    </message>
    <message>
        <source>compileMetaEdits needs a format; PayloadPlanner resolves Auto</source>
        <translation>compileMetaEdits braucht ein Format; PayloadPlanner löst Auto auf</translation>
    </message>
</context>
<context>
    <name>PayloadPlanner</name>
    <message>
        <source>No valid user id (%1).</source>
        <translation>Keine gültige Benutzer-ID (%1).</translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; is not a finite number.</source>
        <translation>Der Wert von „%1“ ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>Unknown meta field &apos;%1&apos;.</source>
        <translation>Unbekanntes Metafeld „%1“.</translation>
    </message>
    <message>
        <source>Replaced by a later edit of the same cell.</source>
        <translation>Durch eine spätere Änderung derselben Zelle ersetzt.</translation>
    </message>
</context>
<context>
    <name>PayloadPreview</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>URL-encoded form</source>
        <translation>URL-kodiertes Formular</translation>
    </message>
    <message>
        <source>Multipart form</source>
        <translation>Multipart-Formular</translation>
    </message>
    <message>
        <source>User %1, %2: %3</source>
        <translation>Benutzer %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>PayloadPreviewDialog</name>
    <message>
        <source>Payload Preview</source>
        <translation>Nutzdaten-Vorschau</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Apply sends</source>
        <translation>Anwenden sendet</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation>Nutzdaten speichern</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Format 1: users → fields</source>
        <translation>Format 1: Benutzer → Felder</translation>
    </message>
    <message>
        <source>Format 2: list of fields</source>
        <translation>Format 2: Liste von Feldern</translation>
    </message>
    <message>
        <source>Format 3: one edit per request</source>
        <translation>Format 3: eine Änderung pro Anfrage</translation>
    </message>
    <message>
        <source>… (%1 more bytes; Copy and Save take all of it)</source>
        <translation>… (%1 weitere Bytes; Kopieren und Speichern nehmen alles)</translation>
    </message>
    <message>
        <source>At most %1 entries and %2 bytes per request, as Apply sends them.</source>
        <translation>Höchstens %1 Einträge und %2 Bytes pro Anfrage, wie Anwenden sie sendet.</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation>Nichts kann gesendet werden: %1</translation>
    </message>
    <message>
        <source>✔ Apply sends this</source>
        <translation>✔ Anwenden sendet dies</translation>
    </message>
    <message>
        <source>Apply writes</source>
        <translation>Anwenden schreibt</translation>
    </message>
    <message>
        <source>At most %1 entries and %2 bytes per request, as a server would be sent them; Apply writes them to the file.</source>
        <translation>Höchstens %1 Einträge und %2 Bytes pro Anfrage, wie ein Server sie erhielte; Anwenden schreibt sie in die Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) will be sent.</source>
        <translation>
            <numerusform>%Ln Änderung wird gesendet.</numerusform>
            <numerusform>%Ln Änderungen werden gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) will be written.</source>
        <translation>
            <numerusform>%Ln Änderung wird geschrieben.</numerusform>
            <numerusform>%Ln Änderungen werden geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) are held back and stay pending:</source>
        <translation>
            <numerusform>%Ln Änderung wird zurückgehalten und bleibt ausstehend:</numerusform>
            <numerusform>%Ln Änderungen werden zurückgehalten und bleiben ausstehend:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be written: %1</source>
        <translation>Nichts kann geschrieben werden: %1</translation>
    </message>
    <message>
        <source>✔ Apply writes these edits</source>
        <translation>✔ Anwenden schreibt diese Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln</source>
        <translation>
            <numerusform>von %Ln</numerusform>
            <numerusform>von %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln — %1 %2, %3</source>
        <translation>
            <numerusform>von %Ln — %1 %2, %3</numerusform>
            <numerusform>von %Ln — %1 %2, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingEdits</name>
    <message>
        <source>Pending. Was: %1</source>
        <translation>Ausstehend. Vorher: %1</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>The value will be cleared.</source>
        <translation>Der Wert wird gelöscht.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Not sent: the server could not be reached.</source>
        <translation>Nicht gesendet: Der Server war nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>PendingEditsJournal</name>
    <message>
        <source>The saved edits of %1 cannot be read.</source>
        <translation>Die gespeicherten Änderungen von %1 können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PlainFileComparer</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The file was closed.</source>
        <translation>Die Datei wurde geschlossen.</translation>
    </message>
    <message>
        <source>the server&apos;s account has no group of that name</source>
        <translation>das Konto auf dem Server hat keine Gruppe dieses Namens</translation>
    </message>
    <message numerus="yes">
        <source>the server&apos;s account has %n groups of that name</source>
        <translation>
            <numerusform>das Konto auf dem Server hat %n Gruppe dieses Namens</numerusform>
            <numerusform>das Konto auf dem Server hat %n Gruppen dieses Namens</numerusform>
        </translation>
    </message>
    <message>
        <source>users.%1 (%2): the server&apos;s account has no such user; nothing of it is sent</source>
        <translation>users.%1 (%2): Das Konto auf dem Server hat diesen Benutzer nicht; nichts von ihm wird gesendet</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more user(s) the server&apos;s account does not have.</source>
        <translation>
            <numerusform>… und %n weiterer Benutzer, den das Konto auf dem Server nicht hat.</numerusform>
            <numerusform>… und %n weitere Benutzer, die das Konto auf dem Server nicht hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group “%1”: %2; %n membership(s) of it are not sent.</source>
        <translation>
            <numerusform>Gruppe „%1“: %2; %n Mitgliedschaft darin wird nicht gesendet.</numerusform>
            <numerusform>Gruppe „%1“: %2; %n Mitgliedschaften darin werden nicht gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PubNubPlanner</name>
    <message>
        <source>The PubNub uuid is empty.</source>
        <translation>Die PubNub-UUID ist leer.</translation>
    </message>
    <message>
        <source>The PubNub uuid &quot;%1&quot; is longer than %2 characters or %3 bytes.</source>
        <translation>Die PubNub-UUID „%1“ ist länger als %2 Zeichen oder %3 Bytes.</translation>
    </message>
    <message>
        <source>The PubNub uuid &quot;%1&quot; holds &quot;%2&quot;, which PubNub does not allow.</source>
        <translation>Die PubNub-UUID „%1“ enthält „%2“, was PubNub nicht erlaubt.</translation>
    </message>
    <message>
        <source>The PubNub uuid &quot;%1&quot; holds a control character.</source>
        <translation>Die PubNub-UUID „%1“ enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The PubNub uuid &quot;%1&quot; holds &quot;channel&quot;, which PubNub does not allow.</source>
        <translation>Die PubNub-UUID „%1“ enthält „channel“, was PubNub nicht erlaubt.</translation>
    </message>
    <message>
        <source>PubNub custom values must be scalars (text, number or true/false), no lists or objects.</source>
        <translation>PubNub-custom-Werte müssen einfache Werte sein (Text, Zahl oder wahr/falsch), keine Listen oder Objekte.</translation>
    </message>
    <message>
        <source>custom is the object just read with these fields put in; &lt;eTag&gt; is the one just read.</source>
        <translation>custom ist das eben gelesene Objekt mit diesen Feldern; &lt;eTag&gt; ist das eben gelesene.</translation>
    </message>
    <message>
        <source>custom is the object just read with these fields put in and %1 taken out; &lt;eTag&gt; is the one just read.</source>
        <translation>custom ist das eben gelesene Objekt mit diesen Feldern und ohne %1; &lt;eTag&gt; ist das eben gelesene.</translation>
    </message>
</context>
<context>
    <name>PubNubSendJob</name>
    <message>
        <source>Confirmed by reading it back after the answer was lost.</source>
        <translation>Durch erneutes Lesen bestätigt, nachdem die Antwort verloren ging.</translation>
    </message>
    <message>
        <source>PubNub failed or its answer was lost, and reading it back shows it does not hold this value.</source>
        <translation>PubNub ist gescheitert oder seine Antwort ging verloren, und erneutes Lesen zeigt, dass es diesen Wert nicht hat.</translation>
    </message>
    <message>
        <source>PubNub answered success but did not keep this field.</source>
        <translation>PubNub meldete Erfolg, hat dieses Feld aber nicht behalten.</translation>
    </message>
    <message>
        <source>The answer was lost and reading it back failed: %1</source>
        <translation>Die Antwort ging verloren und erneutes Lesen scheiterte: %1</translation>
    </message>
    <message>
        <source>Changed in PubNub after it was read; nothing was overwritten.</source>
        <translation>In PubNub nach dem Lesen geändert; nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>Not sent: PubNub refused access.</source>
        <translation>Nicht gesendet: PubNub hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Not sent: an earlier request failed (%1).</source>
        <translation>Nicht gesendet: Eine frühere Anfrage ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>RemoteApplyJob</name>
    <message>
        <source>The edits could not be turned into requests: %1</source>
        <translation>Die Änderungen konnten nicht in Anfragen umgewandelt werden: %1</translation>
    </message>
    <message>
        <source>Not written: other edits in the same request were refused (%1).</source>
        <translation>Nicht geschrieben: andere Änderungen derselben Anfrage wurden abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Perhaps not written: %1 The server may have written it; it stays pending and can safely be applied again.</source>
        <translation>Vielleicht nicht geschrieben: %1 Der Server hat es möglicherweise geschrieben; es bleibt ausstehend und kann gefahrlos erneut angewendet werden.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Perhaps not applied: %1 Reload to see whether the server applied it.</source>
        <translation>Vielleicht nicht angewendet: %1 Laden Sie neu, um zu sehen, ob der Server es angewendet hat.</translation>
    </message>
    <message>
        <source>The outcome of a group change is unknown: %1</source>
        <translation>Das Ergebnis einer Gruppenänderung ist unbekannt: %1</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>Not sent: the apply stopped (%1).</source>
        <translation>Nicht gesendet: das Anwenden wurde beendet (%1).</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>RemoteIdMap</name>
    <message>
        <source>The user has no remote id: the field &quot;%1&quot; is empty.</source>
        <translation>Der Benutzer hat keine entfernte ID: Das Feld „%1“ ist leer.</translation>
    </message>
</context>
<context>
    <name>RemoteStore</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The server URL must start with https:// (or http:// for this computer).</source>
        <translation>Die Server-URL muss mit https:// beginnen (oder http:// für diesen Computer).</translation>
    </message>
    <message>
        <source>The server URL names no host.</source>
        <translation>Die Server-URL nennt keinen Host.</translation>
    </message>
    <message>
        <source>Put the API id and key in their own fields, not in the URL.</source>
        <translation>Tragen Sie API-ID und -Schlüssel in ihre eigenen Felder ein, nicht in die URL.</translation>
    </message>
    <message>
        <source>%1 is reached over plain http: the API key and all data travel unencrypted and can be read or changed by anyone on the way. Use https.</source>
        <translation>%1 wird über unverschlüsseltes http erreicht: Der API-Schlüssel und alle Daten reisen unverschlüsselt und können unterwegs von jedem gelesen oder verändert werden. Verwenden Sie https.</translation>
    </message>
    <message>
        <source>This connection reaches account %1 only, not account %2.</source>
        <translation>Diese Verbindung erreicht nur Konto %1, nicht Konto %2.</translation>
    </message>
    <message>
        <source>The server sent field definitions that cannot be used: %1</source>
        <translation>Der Server hat Felddefinitionen gesendet, die nicht verwendet werden können: %1</translation>
    </message>
    <message>
        <source>The server did not say which account the key belongs to (%1 gave no account id).</source>
        <translation>Der Server hat nicht gesagt, zu welchem Konto der Schlüssel gehört (%1 lieferte keine Konto-ID).</translation>
    </message>
    <message>
        <source>The server does not count revisions (%1 gave none): it cannot tell what changed since a copy was taken.</source>
        <translation>Der Server zählt keine Revisionen (%1 nannte keine): Er kann nicht sagen, was sich seit dem Erstellen einer Kopie geändert hat.</translation>
    </message>
    <message>
        <source>Users in another order than by id are read by position, not after an id.</source>
        <translation>Benutzer in einer anderen Reihenfolge als nach ID werden nach Position gelesen, nicht nach einer ID.</translation>
    </message>
</context>
<context>
    <name>RequestDocument</name>
    <message>
        <source>line %1, column %2 (byte %3)</source>
        <translation>Zeile %1, Spalte %2 (Byte %3)</translation>
    </message>
    <message>
        <source>an object is not closed (is the body truncated?)</source>
        <translation>ein Objekt ist nicht geschlossen (ist der Body abgeschnitten?)</translation>
    </message>
    <message>
        <source>&apos;:&apos; expected after an object key</source>
        <translation>„:“ nach einem Objektschlüssel erwartet</translation>
    </message>
    <message>
        <source>an array is not closed (is the body truncated?)</source>
        <translation>ein Array ist nicht geschlossen (ist der Body abgeschnitten?)</translation>
    </message>
    <message>
        <source>&apos;,&apos; expected between values</source>
        <translation>„,“ zwischen Werten erwartet</translation>
    </message>
    <message>
        <source>not a JSON value</source>
        <translation>kein JSON-Wert</translation>
    </message>
    <message>
        <source>the body ends inside a number (is it truncated?)</source>
        <translation>der Body endet mitten in einer Zahl (ist er abgeschnitten?)</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>keine gültige Zahl</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>ungültige Escape-Sequenz in einem Text</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einem Text</translation>
    </message>
    <message>
        <source>a string is not closed (is the body truncated?)</source>
        <translation>ein Text ist nicht geschlossen (ist der Body abgeschnitten?)</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>ein Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>das Dokument ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation>das Dokument ist zu groß</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>unerwarteter Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>the JSON body is not valid UTF-8 at %1</source>
        <translation>der JSON-Body ist bei %1 kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the JSON body nests deeper than %1 levels at %2</source>
        <translation>der JSON-Body ist bei %2 tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>invalid JSON at %1: %2</source>
        <translation>ungültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>the JSON body must be an object, not %1</source>
        <translation>der JSON-Body muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>the name of %1 is not valid UTF-8</source>
        <translation>der Name von %1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; (%2) is not valid UTF-8</source>
        <translation>der Wert von „%1“ (%2) ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) nests deeper than %3 levels</source>
        <translation>„%1“ (%2) ist tiefer als %3 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>the charset &apos;%1&apos; is not supported; send UTF-8</source>
        <translation>der Zeichensatz „%1“ wird nicht unterstützt; senden Sie UTF-8</translation>
    </message>
    <message>
        <source>the body&apos;s Content-Type &apos;%1&apos; is not accepted; use application/json, application/x-www-form-urlencoded or multipart/form-data</source>
        <translation>der Content-Type „%1“ des Bodys wird nicht angenommen; verwenden Sie application/json, application/x-www-form-urlencoded oder multipart/form-data</translation>
    </message>
    <message>
        <source>in the query string: %1</source>
        <translation>im Query-String: %1</translation>
    </message>
    <message>
        <source>the JSON body is not valid text at %1: %2 is half of a UTF-16 surrogate pair</source>
        <translation>der JSON-Body ist bei %1 kein gültiger Text: %2 ist die Hälfte eines UTF-16-Surrogatpaars</translation>
    </message>
</context>
<context>
    <name>RequestErrorMapper</name>
    <message>
        <source>user %1: %2</source>
        <translation>Benutzer %1: %2</translation>
    </message>
    <message>
        <source>group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>&amp;Save Field</source>
        <translation>Feld &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete Field…</source>
        <translation>Feld &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;New Field</source>
        <translation>&amp;Neues Feld</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused (%1):</source>
        <translation>Abgelehnt (%1):</translation>
    </message>
    <message>
        <source>A field named &apos;%1&apos; exists already.</source>
        <translation>Ein Feld namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; was created.</source>
        <translation>Feld „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is unchanged.</source>
        <translation>Feld „%1“ ist unverändert.</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Feld löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Lösche…</translation>
    </message>
    <message>
        <source>Checking the stored values…</source>
        <translation>Die gespeicherten Werte werden geprüft…</translation>
    </message>
    <message>
        <source>Convert stored values</source>
        <translation>Gespeicherte Werte umwandeln</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Meta fields of this account</source>
        <translation>Metafelder dieses Kontos</translation>
    </message>
    <message>
        <source>Meta fields of account “%1”</source>
        <translation>Metafelder des Kontos „%1“</translation>
    </message>
    <message>
        <source>Counting the stored values…</source>
        <translation>Die gespeicherten Werte werden gezählt…</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>The definition of &apos;%1&apos; is not valid:</source>
        <translation>Die Definition von „%1“ ist ungültig:</translation>
    </message>
    <message>
        <source>The change to &apos;%1&apos; was refused; nothing was saved.</source>
        <translation>Die Änderung an „%1“ wurde abgelehnt; nichts wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The new definition of &apos;%1&apos; converts %Ln stored value(s) of account %2. Save the field and convert them?</source>
        <translation>
            <numerusform>Die neue Definition von „%1“ wandelt %Ln gespeicherten Wert des Kontos %2 um. Feld speichern und ihn umwandeln?</numerusform>
            <numerusform>Die neue Definition von „%1“ wandelt %Ln gespeicherte Werte des Kontos %2 um. Feld speichern und sie umwandeln?</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos;: nothing was saved.</source>
        <translation>„%1“: Nichts wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Field &apos;%1&apos; was changed; %Ln stored value(s) were converted.</source>
        <translation>
            <numerusform>Feld „%1“ wurde geändert; %Ln gespeicherter Wert wurde umgewandelt.</numerusform>
            <numerusform>Feld „%1“ wurde geändert; %Ln gespeicherte Werte wurden umgewandelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not deleted.</source>
        <translation>„%1“ wurde nicht gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) of account %1 hold a value of &apos;%2&apos;. Delete the field and its %Ln value(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Benutzer des Kontos %1 hat einen Wert in „%2“. Das Feld und seinen Wert löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%Ln Benutzer des Kontos %1 haben einen Wert in „%2“. Das Feld und seine %Ln Werte löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Field &apos;%1&apos; was deleted with %Ln value(s).</source>
        <translation>
            <numerusform>Das Feld „%1“ wurde mit %Ln Wert gelöscht.</numerusform>
            <numerusform>Das Feld „%1“ wurde mit %Ln Werten gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaTableModel</name>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>array of %1</source>
        <translation>Array aus %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Users with a value</source>
        <translation>Benutzer mit Wert</translation>
    </message>
</context>
<context>
    <name>SchemaWriter</name>
    <message>
        <source>User %1: the stored value does not fit the new definition: %2</source>
        <translation>Benutzer %1: der gespeicherte Wert passt nicht zur neuen Definition: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more user(s) of this account hold values that do not fit the new definition</source>
        <translation>
            <numerusform>%n weiterer Benutzer dieses Kontos hat Werte, die nicht zur neuen Definition passen</numerusform>
            <numerusform>%n weitere Benutzer dieses Kontos haben Werte, die nicht zur neuen Definition passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Field &apos;%1&apos; still holds %n value(s); send force=1 to delete it together with them</source>
        <translation>
            <numerusform>Feld „%1“ hat noch %n Wert; senden Sie force=1, um es zusammen mit ihm zu löschen</numerusform>
            <numerusform>Feld „%1“ hat noch %n Werte; senden Sie force=1, um es zusammen mit ihnen zu löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendChangesDialog</name>
    <message>
        <source>Send Changes</source>
        <translation>Änderungen senden</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>Zu senden</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Server changes</source>
        <translation>Server-Änderungen</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>Schon auf dem Server</translation>
    </message>
    <message>
        <source>Filter by user, field or value</source>
        <translation>Nach Benutzer, Feld oder Wert filtern</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Den des Servers übernehmen</translation>
    </message>
    <message>
        <source>Use &amp;Value…</source>
        <translation>&amp;Wert verwenden…</translation>
    </message>
    <message>
        <source>Keep Mine for All</source>
        <translation>Für alle meinen behalten</translation>
    </message>
    <message>
        <source>Take Theirs for All</source>
        <translation>Für alle den des Servers übernehmen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>A membership is kept or taken: use Keep Mine or Take Theirs.</source>
        <translation>Eine Mitgliedschaft wird behalten oder übernommen: Meinen behalten oder Den des Servers übernehmen wählen.</translation>
    </message>
    <message>
        <source>Use Value</source>
        <translation>Wert verwenden</translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; for user %2 (empty clears it):</source>
        <translation>Der Wert von „%1“ für Benutzer %2 (leer löscht ihn):</translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; is not in the account&apos;s schema any more.</source>
        <translation>Das Feld „%1“ gehört nicht mehr zum Schema des Kontos.</translation>
    </message>
    <message>
        <source>Not valid for &apos;%1&apos;: %2</source>
        <translation>Ungültig für „%1“: %2</translation>
    </message>
    <message>
        <source>Undecided conflicts are held back: they stay in the file, and nothing is sent for them.</source>
        <translation>Unentschiedene Konflikte werden zurückgehalten: sie bleiben in der Datei, und für sie wird nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s)</source>
        <translation>
            <numerusform>%n Änderung senden</numerusform>
            <numerusform>%n Änderungen senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message>
        <source>Take Server Changes</source>
        <translation>Server-Änderungen übernehmen</translation>
    </message>
</context>
<context>
    <name>SendPlanModel</name>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>kein Mitglied</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>Schon auf dem Server</translation>
    </message>
    <message>
        <source>Server change: the file takes it</source>
        <translation>Server-Änderung: die Datei übernimmt sie</translation>
    </message>
    <message>
        <source>Conflict: keep mine</source>
        <translation>Konflikt: meinen behalten</translation>
    </message>
    <message>
        <source>Conflict: take theirs</source>
        <translation>Konflikt: den des Servers übernehmen</translation>
    </message>
    <message>
        <source>Conflict: use %1</source>
        <translation>Konflikt: %1 verwenden</translation>
    </message>
    <message>
        <source>Conflict: undecided</source>
        <translation>Konflikt: unentschieden</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Field or group</source>
        <translation>Feld oder Gruppe</translation>
    </message>
    <message>
        <source>When taken</source>
        <translation>Beim Mitnehmen</translation>
    </message>
    <message>
        <source>Mine (this file)</source>
        <translation>Meiner (diese Datei)</translation>
    </message>
    <message>
        <source>Server now</source>
        <translation>Server jetzt</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to send</source>
        <translation>
            <numerusform>%Ln zu senden</numerusform>
            <numerusform>%Ln zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already on the server</source>
        <translation>
            <numerusform>%Ln schon auf dem Server</numerusform>
            <numerusform>%Ln schon auf dem Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln server change(s) to take</source>
        <translation>
            <numerusform>%Ln Server-Änderung zu übernehmen</numerusform>
            <numerusform>%Ln Server-Änderungen zu übernehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln undecided)</source>
        <translation>
            <numerusform> (%Ln unentschieden)</numerusform>
            <numerusform> (%Ln unentschieden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendToTargetDialog</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>Senden &amp;abbrechen</translation>
    </message>
    <message>
        <source>Send Changes To</source>
        <translation>Änderungen senden an</translation>
    </message>
    <message>
        <source>The user id</source>
        <translation>Die Benutzer-ID</translation>
    </message>
    <message>
        <source>The field “%1”</source>
        <translation>Das Feld „%1“</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Remote user id:</source>
        <translation>&amp;Entfernte Benutzer-ID:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <source>Edits held back or sent:</source>
        <translation>Zurückgehaltene oder gesendete Änderungen:</translation>
    </message>
    <message>
        <source>There is no User.com, PubNub App Context or Crymbo profile yet: add one in File › Connect to Server….</source>
        <translation>Es gibt noch kein Profil für User.com, PubNub App Context oder Crymbo: Legen Sie eines unter Datei › Mit Server verbinden… an.</translation>
    </message>
    <message>
        <source>Reading the profile&apos;s secret from the keychain…</source>
        <translation>Das Geheimnis des Profils wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Reading the remote ids…</source>
        <translation>Die entfernten IDs werden gelesen…</translation>
    </message>
    <message>
        <source>The remote ids cannot be read: %1</source>
        <translation>Die entfernten IDs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to send</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held back</source>
        <translation>
            <numerusform>%n zurückgehalten</numerusform>
            <numerusform>%n zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>No secret is stored for this profile: enter it in File › Connect to Server….</source>
        <translation>Für dieses Profil ist kein Geheimnis gespeichert: Geben Sie es unter Datei › Mit Server verbinden… ein.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sende…</translation>
    </message>
    <message>
        <source>Cancelling after the request on the wire…</source>
        <translation>Abbruch nach der laufenden Anfrage…</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>Not landed</source>
        <translation>Nicht angekommen</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Ungewiss</translation>
    </message>
    <message>
        <source>Conflict (the target holds no value now)</source>
        <translation>Konflikt (das Ziel hat jetzt keinen Wert)</translation>
    </message>
    <message>
        <source>Conflict (the target holds %1 now)</source>
        <translation>Konflikt (das Ziel hat jetzt %1)</translation>
    </message>
    <message>
        <source>%1 landed · %2 not landed · %3 uncertain · %4 in conflict</source>
        <translation>%1 angekommen · %2 nicht angekommen · %3 ungewiss · %4 im Konflikt</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Send the selected conflicts (or all of them) again over what the target holds now</source>
        <translation>Die ausgewählten Konflikte (oder alle) erneut senden und den jetzigen Stand des Ziels überschreiben</translation>
    </message>
    <message>
        <source>Leave the target&apos;s value for the selected conflicts (or all of them)</source>
        <translation>Für die ausgewählten Konflikte (oder alle) den Wert des Ziels belassen</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>keinen Wert</translation>
    </message>
    <message>
        <source>Conflict decided: the target keeps %1 (Take Theirs).</source>
        <translation>Konflikt entschieden: das Ziel behält %1 (Deren übernehmen).</translation>
    </message>
    <message>
        <source>Take T&amp;heirs</source>
        <translation>&amp;Deren übernehmen</translation>
    </message>
    <message>
        <source>Logging in to Crymbo to read its key structure (nothing is written)…</source>
        <translation>Anmeldung bei Crymbo, um dessen Schlüsselstruktur zu lesen (es wird nichts geschrieben)…</translation>
    </message>
    <message>
        <source>Crymbo&apos;s key structure could not be read for this preview (%1); it is read again after the login when sending, before anything is written.</source>
        <translation>Crymbos Schlüsselstruktur konnte für diese Vorschau nicht gelesen werden (%1); beim Senden wird sie nach der Anmeldung erneut gelesen, bevor etwas geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>SetCellsDialog</name>
    <message>
        <source>Set Selected Cells</source>
        <translation>Ausgewählte Zellen setzen</translation>
    </message>
    <message>
        <source>(empty clears the cells)</source>
        <translation>(leer leert die Zellen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln cell(s)):</source>
        <translation>
            <numerusform>%1 (%Ln Zelle):</numerusform>
            <numerusform>%1 (%Ln Zellen):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value for each chosen field, set in all %Ln chosen cell(s) as one step.</source>
        <translation>
            <numerusform>Der Wert für jedes gewählte Feld, in der gewählten Zelle in einem Schritt gesetzt.</numerusform>
            <numerusform>Der Wert für jedes gewählte Feld, in allen %Ln gewählten Zellen in einem Schritt gesetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>User %1 does not exist in this account</source>
        <translation>Benutzer %1 existiert in diesem Konto nicht</translation>
    </message>
    <message>
        <source>Unknown meta field &apos;%1&apos;</source>
        <translation>Unbekanntes Metafeld „%1“</translation>
    </message>
    <message>
        <source>No user ids were given</source>
        <translation>Es wurden keine Benutzer-IDs angegeben</translation>
    </message>
    <message>
        <source>No user groups were given</source>
        <translation>Es wurden keine Benutzergruppen angegeben</translation>
    </message>
    <message>
        <source>User %1 was not found in this account</source>
        <translation>Benutzer %1 wurde in diesem Konto nicht gefunden</translation>
    </message>
    <message>
        <source>Several user groups are named %1</source>
        <translation>Mehrere Benutzergruppen heißen %1</translation>
    </message>
    <message>
        <source>User group %1 was not found in this account</source>
        <translation>Benutzergruppe %1 wurde in diesem Konto nicht gefunden</translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <source>there is no open database</source>
        <translation>es ist keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>a transaction is already open on this connection</source>
        <translation>auf dieser Verbindung ist bereits eine Transaktion offen</translation>
    </message>
    <message>
        <source>there is no transaction to commit</source>
        <translation>es gibt keine Transaktion zum Abschließen</translation>
    </message>
</context>
<context>
    <name>SqliteBulkLoad</name>
    <message>
        <source>the file&apos;s journal mode could not be set to %1</source>
        <translation>Der Journalmodus der Datei ließ sich nicht auf %1 setzen</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>the file already exists</source>
        <translation>die Datei existiert bereits</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the database cannot be opened (%1)</source>
        <translation>die Datenbank kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>the file is corrupt (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the database is damaged: table &apos;%1&apos; is missing</source>
        <translation>die Datenbank ist beschädigt: Tabelle „%1“ fehlt</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This store cannot jump to a position.</source>
        <translation>Dieser Speicher kann nicht an eine Position springen.</translation>
    </message>
    <message>
        <source>This is not an offline copy.</source>
        <translation>Dies ist keine Offline-Kopie.</translation>
    </message>
    <message>
        <source>This store does not count revisions.</source>
        <translation>Dieser Speicher zählt keine Revisionen.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TargetConnector</name>
    <message>
        <source>Each uuid is read first: the set carries the custom object just read with the changes merged in, and its eTag.</source>
        <translation>Jede UUID wird zuerst gelesen: Das Setzen trägt das eben gelesene custom-Objekt mit den eingearbeiteten Änderungen und dessen eTag.</translation>
    </message>
    <message>
        <source>Crymbo&apos;s key structure is read right after the login: edits it refuses are held back then, before anything is written. Each key is updated by the id found, or created when none is found.</source>
        <translation>Crymbos Schlüsselstruktur wird direkt nach der Anmeldung gelesen: Änderungen, die sie ablehnt, werden dann zurückgehalten, bevor etwas geschrieben wird. Jeder Schlüssel wird über die gefundene ID aktualisiert oder angelegt, wenn keine gefunden wird.</translation>
    </message>
    <message>
        <source>Edits Crymbo&apos;s key structure refuses are held back above (the structure was read just now, and is read again right before sending). Each key is updated by the id found, or created when none is found.</source>
        <translation>Änderungen, die Crymbos Schlüsselstruktur ablehnt, sind oben zurückgehalten (die Struktur wurde eben gelesen und wird direkt vor dem Senden erneut gelesen). Jeder Schlüssel wird über die gefundene ID aktualisiert oder angelegt, wenn keine gefunden wird.</translation>
    </message>
</context>
<context>
    <name>TargetKindFields</name>
    <message>
        <source>TLD-style server</source>
        <translation>Server nach TLD-Art</translation>
    </message>
    <message>
        <source>User.com</source>
        <translation>User.com</translation>
    </message>
    <message>
        <source>PubNub App Context</source>
        <translation>PubNub App Context</translation>
    </message>
    <message>
        <source>Crymbo</source>
        <translation>Crymbo</translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation>im Schlüsselbund gespeichert; leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>User.com&apos;s examples send the mass update with POST; its title says PUT.</source>
        <translation>Die Beispiele von User.com senden die Massenaktualisierung mit POST; ihr Titel sagt PUT.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Users per request:</source>
        <translation>Ben&amp;utzer pro Anfrage:</translation>
    </message>
    <message>
        <source>Enter the API ID.</source>
        <translation>Geben Sie die API-ID ein.</translation>
    </message>
    <message>
        <source>Enter the subscribe key.</source>
        <translation>Geben Sie den Subscribe-Key ein.</translation>
    </message>
    <message>
        <source>Enter the username Crymbo&apos;s login takes.</source>
        <translation>Geben Sie den Benutzernamen für Crymbos Anmeldung ein.</translation>
    </message>
    <message>
        <source>Enter both the API key and the API secret, or neither to keep them.</source>
        <translation>Geben Sie API-Schlüssel und API-Geheimnis beide ein oder keines, um sie zu behalten.</translation>
    </message>
    <message>
        <source>API &amp;ID:</source>
        <translation>API-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Subscribe key:</source>
        <translation>&amp;Subscribe-Key:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Access Manager &amp;token:</source>
        <translation>Access-Manager-&amp;Token:</translation>
    </message>
</context>
<context>
    <name>TargetSendJob</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Abgebrochen, bevor es gesendet wurde.</translation>
    </message>
    <message>
        <source>The target answered %1: %2</source>
        <translation>Das Ziel antwortete %1: %2</translation>
    </message>
    <message>
        <source>The target answered %1.</source>
        <translation>Das Ziel antwortete %1.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
</context>
<context>
    <name>UserComPlanner</name>
    <message>
        <source>User.com takes boolean, integer, date, date &amp; time and string values, no lists or objects.</source>
        <translation>User.com nimmt Wahrheitswerte, ganze Zahlen, Datum, Datum mit Uhrzeit und Text, keine Listen oder Objekte.</translation>
    </message>
    <message>
        <source>User.com takes whole numbers only; %1 is not one.</source>
        <translation>User.com nimmt nur ganze Zahlen; %1 ist keine.</translation>
    </message>
    <message>
        <source>User.com user ids are positive integers; &quot;%1&quot; is not one.</source>
        <translation>User.com-Benutzer-IDs sind positive ganze Zahlen; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>User.com attribute names are 1 to %1 characters long.</source>
        <translation>User.com-Attributnamen sind 1 bis %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>User.com&apos;s mass update sets a value; it cannot clear an attribute.</source>
        <translation>Die Massenaktualisierung von User.com setzt einen Wert; sie kann kein Attribut leeren.</translation>
    </message>
</context>
<context>
    <name>UserComSendJob</name>
    <message>
        <source>Not sent: User.com refused the API key.</source>
        <translation>Nicht gesendet: User.com hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <source>Not sent: an earlier request failed (%1).</source>
        <translation>Nicht gesendet: Eine frühere Anfrage ist fehlgeschlagen (%1).</translation>
    </message>
</context>
<context>
    <name>UserMetaPayload</name>
    <message>
        <source>invalid user id: %1</source>
        <translation>ungültige Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>a field name must be text</source>
        <translation>ein Feldname muss Text sein</translation>
    </message>
    <message>
        <source>a field name must not be empty</source>
        <translation>ein Feldname darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 entries in one request; at most %2 are accepted, send the rest in further requests</source>
        <translation>%1 Einträge in einer Anfrage; höchstens %2 werden angenommen, senden Sie den Rest in weiteren Anfragen</translation>
    </message>
    <message>
        <source>users must be an object of user ids, each holding field names and values</source>
        <translation>users muss ein Objekt aus Benutzer-IDs sein, jede mit Feldnamen und Werten</translation>
    </message>
    <message>
        <source>users is empty: give at least one user</source>
        <translation>users ist leer: geben Sie mindestens einen Benutzer an</translation>
    </message>
    <message>
        <source>user %1 must be an object of field names and values</source>
        <translation>Benutzer %1 muss ein Objekt aus Feldnamen und Werten sein</translation>
    </message>
    <message>
        <source>no fields given for user %1</source>
        <translation>keine Felder für Benutzer %1 angegeben</translation>
    </message>
    <message>
        <source>fields must be a list; &apos;%1&apos; is not an index</source>
        <translation>fields muss eine Liste sein; „%1“ ist kein Index</translation>
    </message>
    <message>
        <source>fields must be a list of objects with user_id, field and value</source>
        <translation>fields muss eine Liste von Objekten mit user_id, field und value sein</translation>
    </message>
    <message>
        <source>fields is empty: give at least one entry</source>
        <translation>fields ist leer: geben Sie mindestens einen Eintrag an</translation>
    </message>
    <message>
        <source>entry %1 must be an object with user_id, field and value</source>
        <translation>Eintrag %1 muss ein Objekt mit user_id, field und value sein</translation>
    </message>
    <message>
        <source>entry %1 has no %2</source>
        <translation>Eintrag %1 hat kein %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>expected users (format 1), fields (format 2) or user_id, field and value (format 3)</source>
        <translation>erwartet users (Format 1), fields (Format 2) oder user_id, field und value (Format 3)</translation>
    </message>
    <message>
        <source>a request holds exactly one format, this one mixes %1</source>
        <translation>eine Anfrage enthält genau ein Format, diese mischt %1</translation>
    </message>
    <message>
        <source>user %1 is given twice</source>
        <translation>Benutzer %1 ist zweimal angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names user %2, who is already given as &apos;%3&apos;</source>
        <translation>„%1“ bezeichnet Benutzer %2, der bereits als „%3“ angegeben ist</translation>
    </message>
</context>
<context>
    <name>UserQuerySql</name>
    <message>
        <source>Unknown meta field &apos;%1&apos;</source>
        <translation>Unbekanntes Metafeld „%1“</translation>
    </message>
</context>
<context>
    <name>UsersArea</name>
    <message>
        <source>Search id, name or email</source>
        <translation>ID, Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>is empty / missing</source>
        <translation>ist leer / fehlt</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Feld:</translation>
    </message>
    <message>
        <source>(any field)</source>
        <translation>(beliebiges Feld)</translation>
    </message>
    <message>
        <source>(any group)</source>
        <translation>(beliebige Gruppe)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>UsersCsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Edit %1 of user %2</source>
        <translation>%1 von Benutzer %2 bearbeiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The server lists users in ascending id order only.</source>
        <translation>Der Server listet Benutzer nur in aufsteigender ID-Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>ValueValidator</name>
    <message>
        <source>%1 is not a single value</source>
        <translation>%1 ist kein einzelner Wert</translation>
    </message>
    <message>
        <source>a non-finite number</source>
        <translation>eine nicht endliche Zahl</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>ein leerer Wert</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <source>%1 is outside the 64-bit integer range</source>
        <translation>%1 liegt außerhalb des 64-Bit-Ganzzahlbereichs</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>%1 is outside the range of numbers</source>
        <translation>%1 liegt außerhalb des Zahlenbereichs</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a boolean (use true, false, 1 or 0)</source>
        <translation>%1 ist kein Wahrheitswert (true, false, 1 oder 0 verwenden)</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date</source>
        <translation>%1 ist kein echtes Kalenderdatum</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (e.g. 2024-05-01T12:00:00Z)</source>
        <translation>%1 ist kein Datum mit Uhrzeit nach ISO 8601 (z. B. 2024-05-01T12:00:00Z)</translation>
    </message>
    <message>
        <source>%1 is not a real time of day</source>
        <translation>%1 ist keine echte Uhrzeit</translation>
    </message>
    <message>
        <source>%1 has no time zone: add Z or an offset such as +02:00</source>
        <translation>%1 hat keine Zeitzone: Z oder einen Versatz wie +02:00 anfügen</translation>
    </message>
    <message>
        <source>%1 is outside the years 0001 to 9999 in UTC</source>
        <translation>%1 liegt außerhalb der Jahre 0001 bis 9999 in UTC</translation>
    </message>
    <message>
        <source>%1 is not a JSON array</source>
        <translation>%1 ist kein JSON-Array</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 ist kein Array</translation>
    </message>
    <message>
        <source>an empty value is not allowed</source>
        <translation>ein leerer Wert ist nicht erlaubt</translation>
    </message>
    <message>
        <source>item %1 of %2: %3</source>
        <translation>Element %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a JSON object or array</source>
        <translation>%1 ist kein JSON-Objekt oder -Array</translation>
    </message>
    <message>
        <source>%1 is shorter than the minimum length of %2</source>
        <translation>%1 ist kürzer als die Mindestlänge von %2</translation>
    </message>
    <message>
        <source>%1 is longer than the maximum length of %2</source>
        <translation>%1 ist länger als die Höchstlänge von %2</translation>
    </message>
    <message>
        <source>%1 is not an absolute http(s) URL</source>
        <translation>%1 ist keine absolute http(s)-URL</translation>
    </message>
    <message>
        <source>%1 is longer than the 320 characters an email address may have</source>
        <translation>%1 ist länger als die 320 Zeichen, die eine E-Mail-Adresse haben darf</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the field&apos;s pattern %1 is not a valid regular expression</source>
        <translation>das Muster %1 des Feldes ist kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 passt nicht zum Muster %2</translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 ist kleiner als das Minimum %2</translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 ist größer als das Maximum %2</translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 muss eines von %2 sein</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Open a MetaDesk database file, create a new one, try the demo database, or connect to a server.</source>
        <translation>Öffnen Sie eine MetaDesk-Datenbankdatei, legen Sie eine neue an, probieren Sie die Demo-Datenbank aus oder verbinden Sie sich mit einem Server.</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt geöffnet:</translation>
    </message>
    <message>
        <source>Nothing opened yet.</source>
        <translation>Noch nichts geöffnet.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>%n edit(s) are pending in %1; apply or discard them before opening another file or server.</source>
        <translation>
            <numerusform>%n Änderung in %1 ist ausstehend; wenden Sie sie an oder verwerfen Sie sie, bevor Sie eine andere Datei oder einen anderen Server öffnen.</numerusform>
            <numerusform>%n Änderungen in %1 sind ausstehend; wenden Sie sie an oder verwerfen Sie sie, bevor Sie eine andere Datei oder einen anderen Server öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another file is still being opened; try again when it is open.</source>
        <translation>Eine andere Datei wird noch geöffnet; versuchen Sie es erneut, wenn sie geöffnet ist.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>There is no connection profile named “%1”.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>No API key is stored for “%1”; enter it under File › Connect to Server.</source>
        <translation>Für „%1“ ist kein API-Schlüssel gespeichert; geben Sie ihn unter Datei › Mit Server verbinden ein.</translation>
    </message>
    <message>
        <source>Nothing to open.</source>
        <translation>Nichts zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n edit(s) were written; the others stay pending.</source>
        <translation>
            <numerusform>Abgebrochen. %n Änderung wurde geschrieben; die anderen bleiben ausstehend.</numerusform>
            <numerusform>Abgebrochen. %n Änderungen wurden geschrieben; die anderen bleiben ausstehend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation>Nichts ist geöffnet.</translation>
    </message>
    <message>
        <source>Connect to a server first: an offline copy is taken of its account.</source>
        <translation>Verbinden Sie sich zuerst mit einem Server: Die Offline-Kopie wird von dessen Konto angelegt.</translation>
    </message>
    <message>
        <source>This file is an offline copy of %1 on %2; it cannot be sent to account %3 on %4.</source>
        <translation>Diese Datei ist eine Offline-Kopie von %1 auf %2; sie kann nicht an Konto %3 auf %4 gesendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln edit(s)</source>
        <translation>
            <numerusform>%Ln Änderung wiederherstellen</numerusform>
            <numerusform>%Ln Änderungen wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written</source>
        <translation>
            <numerusform>%Ln geschrieben</numerusform>
            <numerusform>%Ln geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back: see the red cells</source>
        <translation>
            <numerusform>%Ln zurückgehalten: siehe die roten Zellen</numerusform>
            <numerusform>%Ln zurückgehalten: siehe die roten Zellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not written and still pending</source>
        <translation>
            <numerusform>%Ln nicht geschrieben und weiter ausstehend</numerusform>
            <numerusform>%Ln nicht geschrieben und weiter ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a file first: its changes are what is sent.</source>
        <translation>Öffnen Sie zuerst eine Datei: Ihre Änderungen sind das, was gesendet wird.</translation>
    </message>
    <message>
        <source>The file was closed.</source>
        <translation>Die Datei wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MetaDesk: edit per-user meta fields, bulk-assign user groups and work offline on a MetaDesk database file.</source>
        <translation>MetaDesk: Metafelder pro Benutzer bearbeiten, Benutzergruppen in großen Mengen zuweisen und offline an einer MetaDesk-Datenbankdatei arbeiten.</translation>
    </message>
    <message>
        <source>Show the user interface in LANGUAGE (e.g. de); the default follows the system.</source>
        <translation>Die Benutzeroberfläche in SPRACHE zeigen (z. B. de); ohne Angabe wie das System.</translation>
    </message>
    <message>
        <source>A MetaDesk database file to open.</source>
        <translation>Eine MetaDesk-Datenbankdatei zum Öffnen.</translation>
    </message>
    <message>
        <source>give at most one FILE</source>
        <translation>höchstens eine DATEI angeben</translation>
    </message>
    <message>
        <source>Start in AREA: users, groups, schema or bulk.</source>
        <translation>Im BEREICH starten: users, groups, schema oder bulk.</translation>
    </message>
    <message>
        <source>Show these meta fields as columns (comma-separated).</source>
        <translation>Diese Metafelder (FELDER, durch Kommas getrennt) als Spalten zeigen.</translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos;; use one of: %2</source>
        <translation>unbekannter Bereich „%1“; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation>FELDER</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
</TS>
