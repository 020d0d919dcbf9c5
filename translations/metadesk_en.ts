<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ApplyJob</name>
    <message>
        <source>Replaced by a later edit of the same cell, which was not written either: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrayValueEditor</name>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditArea</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending edit(s) in this account</source>
        <translation>
            <numerusform>%n pending edit in this account</numerusform>
            <numerusform>%n pending edits in this account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Value for %n cell(s) (empty clears them):</source>
        <translation>
            <numerusform>Value for %n cell (empty clears it):</numerusform>
            <numerusform>Value for %n cells (empty clears them):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) pasted.</source>
        <translation>
            <numerusform>%n cell pasted.</numerusform>
            <numerusform>%n cells pasted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) fell outside the grid and were left out.</source>
        <translation>
            <numerusform>%n cell fell outside the grid and was left out.</numerusform>
            <numerusform>%n cells fell outside the grid and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Selected Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use All &amp;Matching Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Selected Cells &amp;To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;review Payload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the matching users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set selected cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditModel</name>
    <message numerus="yes">
        <source>Set %n cell(s) to “%1”</source>
        <translation>
            <numerusform>Set %n cell to “%1”</numerusform>
            <numerusform>Set %n cells to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill down %n cell(s)</source>
        <translation>
            <numerusform>Fill down %n cell</numerusform>
            <numerusform>Fill down %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by the last apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of user %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesToSendDialog</name>
    <message>
        <source>Changes to Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values and memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user, field, group or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>%1 of %n change shown</numerusform>
            <numerusform>%1 of %n changes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientError</name>
    <message>
        <source>Refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is busy: another program kept it locked for writing. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not written: %n place(s) changed in the file since the copy was taken.</source>
        <translation>
            <numerusform>Not written: %n place changed in the file since the copy was taken.</numerusform>
            <numerusform>Not written: %n places changed in the file since the copy was taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>%1 The key is kept for this session only; you will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; the key is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key (none is stored for this profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused or could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: account “%2” (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: account “%2” (id %3), %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseFileProbe</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a MetaDesk database (it is not an SQLite database file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is corrupt (invalid page size %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated or corrupt (%1 bytes, expected at least %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an SQLite database, but not a MetaDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer MetaDesk (schema version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only; MetaDesk needs to write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is read-only; MetaDesk keeps its journal beside the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditExchange</name>
    <message numerus="yes">
        <source>Import %n edit(s) from %1</source>
        <translation>
            <numerusform>Import %n edit from %1</numerusform>
            <numerusform>Import %n edits from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) imported; they are pending.</source>
        <translation>
            <numerusform>%n edit imported; they is pending.</numerusform>
            <numerusform>%n edits imported; they are pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) exported to %1.</source>
        <translation>
            <numerusform>%n user exported to %1.</numerusform>
            <numerusform>%n users exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database open in MetaDesk; it cannot be read as a list of edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database open in MetaDesk; export the users to another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditImport</name>
    <message numerus="yes">
        <source>Expected 3 columns, found %n</source>
        <translation>
            <numerusform>Expected 3 columns, found %n</numerusform>
            <numerusform>Expected 3 columns, found %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected at most %n column(s), found %1</source>
        <translation>
            <numerusform>Expected at most %n column, found %1</numerusform>
            <numerusform>Expected at most %n columns, found %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must be a header whose first column is user_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown meta field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldDefinitionForm</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, or a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a value to test it against this definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test a value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the definition first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValueCounter</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMembersPayload</name>
    <message>
        <source>%1 was ignored because %2 was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid user id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user ids must be a csv string, an integer or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user ids given (send user_id, user_ids or users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was ignored: drop removes every group membership of the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid group id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group must be an id or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups must be a csv string, an integer or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user groups given (send group_id, group_ids or groups)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsTableModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpCall</name>
    <message>
        <source>%1 redirected the request to %2; the redirect was not followed so that the key is never sent to another server. Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with &apos;%2&apos; instead of JSON: is the base URL that of a MetaDesk/TLD server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with JSON that cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdReader</name>
    <message>
        <source>%1 does not fit in a 64-bit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid id: ids are positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id must be a number or a numeric string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n cell(s) will become pending edits.</source>
        <translation>
            <numerusform>%n cell will become pending edits.</numerusform>
            <numerusform>%n cells will become pending edits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems and will be left out:</source>
        <translation>
            <numerusform>%n row has problems and will be left out:</numerusform>
            <numerusform>%n rows have problems and will be left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n Edit(s) Pending</source>
        <translation>
            <numerusform>Make %n Edit Pending</numerusform>
            <numerusform>Make %n Edits Pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Edits — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long form (user_id, field, value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide form (a column per field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonValueEditor</name>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a JSON object or array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No key is stored in the keychain for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalApplyJob</name>
    <message>
        <source>Cancelled before it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: other edits in the same apply were refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalReader</name>
    <message>
        <source>A newer search replaced this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The file no longer knows every change since revision %1: take a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n edit(s) to %1 were not written when MetaDesk last stopped. Restore them as pending edits?</source>
        <translation>
            <numerusform>%n edit to %1 was not written when MetaDesk last stopped. Restore it as a pending edit?</numerusform>
            <numerusform>%n edits to %1 were not written when MetaDesk last stopped. Restore them as pending edits?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n edit(s)…</source>
        <translation>
            <numerusform>Applying %n edit…</numerusform>
            <numerusform>Applying %n edits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n pending edit(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Discard %n pending edit? This cannot be undone.</numerusform>
            <numerusform>Discard %n pending edits? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n user(s)</source>
        <translation>
            <numerusform>%1 · %n user</numerusform>
            <numerusform>%1 · %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending edit(s)</source>
        <translation>
            <numerusform>%n pending edit</numerusform>
            <numerusform>%n pending edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) have not been written yet. Apply them before closing?</source>
        <translation>
            <numerusform>%n edit has not been written yet. Apply it before closing?</numerusform>
            <numerusform>%n edits have not been written yet. Apply them before closing?</numerusform>
        </translation>
    </message>
    <message>
        <source>MetaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Edits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Payload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Pending Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Pending Edits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta &amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — MetaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore pending edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New MetaDesk Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetaDesk databases (*.metadesk *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open MetaDesk Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetaDesk databases (*.metadesk *.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no pending edits to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard pending edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits were not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Enter the API key again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes to the server is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Offline Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to &amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an offline copy of %1 on %2: field definitions change on the server and arrive with Get Server Changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Offline Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take an offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) reverted to the value taken from the server.</source>
        <translation>
            <numerusform>%n change reverted to the value taken from the server.</numerusform>
            <numerusform>%n changes reverted to the value taken from the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingUsersCollector</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message numerus="yes">
        <source>Selected users (%n)</source>
        <translation>
            <numerusform>Selected users (%n)</numerusform>
            <numerusform>Selected users (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All users matching the filter (%n)</source>
        <translation>
            <numerusform>All users matching the filter (%n)</numerusform>
            <numerusform>All users matching the filter (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s) are still loading; try again in a moment.</source>
        <translation>
            <numerusform>%n selected row is still loading; try again in a moment.</numerusform>
            <numerusform>%n selected rows are still loading; try again in a moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the groups to use first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some users first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the matching users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop all memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this %2.

Send it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing group memberships…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 requests written, for %n user(s).</source>
        <translation>
            <numerusform>%1 of %2 requests written, for %n user.</numerusform>
            <numerusform>%1 of %2 requests written, for %n users.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the remaining requests were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipPlanner</name>
    <message numerus="yes">
        <source>changes nothing for %n user(s)</source>
        <translation>
            <numerusform>changes nothing for %n user</numerusform>
            <numerusform>changes nothing for %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n user(s)</source>
        <translation>
            <numerusform>for %n user</numerusform>
            <numerusform>for %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adds %n membership(s)</source>
        <translation>
            <numerusform>adds %n membership</numerusform>
            <numerusform>adds %n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removes %n membership(s)</source>
        <translation>
            <numerusform>removes %n membership</numerusform>
            <numerusform>removes %n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and removes %n</source>
        <translation>
            <numerusform>and removes %n</numerusform>
            <numerusform>and removes %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetaFieldDefinitionParser</name>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name may have at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a field name (use letters, digits, _, - and .)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field definition must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field definition needs a type (one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos; (use one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items is only allowed for array fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array items must be a scalar type, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown validation &apos;%1&apos; (use url or email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation only applies to string values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid regular expression: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern only applies to string values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lengths only apply to string values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min_length %1 is greater than max_length %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min and max only apply to integer and number values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1 is greater than max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options do not apply to json fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaValueDelegate</name>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultipartReader</name>
    <message>
        <source>the multipart body has no boundary in its Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the multipart body does not contain its boundary &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break is missing after the boundary at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headers of the part at byte %1 are not terminated (truncated body?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part at byte %1 has a malformed header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part at byte %1 has no closing boundary (truncated body?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkErrorText</name>
    <message>
        <source>%1 refused the connection: is the server running and is the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before it answered completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 was not found: check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection to %1 could not be made: its certificate is not trusted or the handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection was lost while talking to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not available (no connection to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system does not allow this request to %1 in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request too many times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http; the redirect was refused so that the key is not sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown network error occurred while talking to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy closed the connection to %1 before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server was not found (while connecting to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy did not answer in time (while connecting to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy requires a login (while connecting to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown proxy error occurred while connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 had to be sent again but could not be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error the program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL of %1 does not use http or https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broke the HTTP protocol (the answer could not be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported a server error the program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error %1 while talking to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as malformed (400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API id or key is wrong (401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is not allowed to do that, or not from this address (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such endpoint: check the base URL (404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this method here (405).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave up waiting for the request (408).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the server&apos;s data (409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is gone from the server (410).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for the server (413).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this kind of content (415).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not process the request&apos;s content (422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is receiving too many requests; it asked to wait (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed with an internal error (500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not implement this request (501).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway in front of the server got no valid answer from it (502).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable right now (503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway in front of the server timed out waiting for it (504).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1), which was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Changes to Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) not yet sent</source>
        <translation>
            <numerusform>%1: %n change not yet sent</numerusform>
            <numerusform>%1: %n changes not yet sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineCopyFile</name>
    <message>
        <source>Unknown meta field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCopyJob</name>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline copy of %1 saved in %2: %n user(s).</source>
        <translation>
            <numerusform>Offline copy of %1 saved in %2: %n user.</numerusform>
            <numerusform>Offline copy of %1 saved in %2: %n users.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no offline copy was made, and the half-made file %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineOrigin</name>
    <message>
        <source>Offline copy of %1 on %2, taken %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadCompiler</name>
    <message>
        <source>the value of &apos;%1&apos; for user %2 is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; for user %2 contains the multipart boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; for user %2 does not fit in one request of at most %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group membership change needs at least one user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group membership change needs at least one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group name &apos;%1&apos; contains the multipart boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the groups of this change do not fit in one request of at most %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compileMetaEdits needs a format; PayloadPlanner resolves Auto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadPlanner</name>
    <message>
        <source>No valid user id (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown meta field &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a later edit of the same cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %n other edit(s) cannot be sent, and an apply writes all or nothing.</source>
        <translation>
            <numerusform>Not sent: %n other edit cannot be sent, and an apply writes all or nothing.</numerusform>
            <numerusform>Not sent: %n other edits cannot be sent, and an apply writes all or nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayloadPreview</name>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL-encoded form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipart form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadPreviewDialog</name>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>of %n</numerusform>
            <numerusform>of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n — %1 %2, %3</source>
        <translation>
            <numerusform>of %n — %1 %2, %3</numerusform>
            <numerusform>of %n — %1 %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Payload Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format 1: users → fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format 2: list of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format 3: one edit per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (%1 more bytes; Copy and Save take all of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 entries and %2 bytes per request, as Apply sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) will be sent.</source>
        <translation>
            <numerusform>%n edit will be sent.</numerusform>
            <numerusform>%n edits will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) are held back and stay pending:</source>
        <translation>
            <numerusform>%n edit is held back and stays pending:</numerusform>
            <numerusform>%n edits are held back and stay pending:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Apply sends this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingEdits</name>
    <message>
        <source>Pending. Was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingEditsJournal</name>
    <message>
        <source>The saved edits of %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteApplyJob</name>
    <message>
        <source>The edits could not be turned into requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: other edits in the same request were refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perhaps not written: %1 The server may have written it; it stays pending and can safely be applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perhaps not applied: %1 Reload to see whether the server applied it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of a group change is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the apply stopped (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteStore</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL must start with https:// (or http:// for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the API id and key in their own fields, not in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over plain http: the API key and all data travel unencrypted and can be read or changed by anyone on the way. Use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection reaches account %1 only, not account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server can only list users in id order, filtered by search text and group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent field definitions that cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say which account the key belongs to (%1 gave no account id).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDocument</name>
    <message>
        <source>line %1, column %2 (byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object is not closed (is the body truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:&apos; expected after an object key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array is not closed (is the body truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;,&apos; expected between values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body ends inside a number (is it truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed (is the body truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON body is not valid UTF-8 at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON body nests deeper than %1 levels at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON body must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of %1 is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; (%2) is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) nests deeper than %3 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the charset &apos;%1&apos; is not supported; send UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body&apos;s Content-Type &apos;%1&apos; is not accepted; use application/json, application/x-www-form-urlencoded or multipart/form-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the query string: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON body is not valid text at %1: %2 is half of a UTF-16 surrogate pair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestErrorMapper</name>
    <message>
        <source>user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message numerus="yes">
        <source>Field &apos;%1&apos; was changed; %n stored value(s) were converted.</source>
        <translation>
            <numerusform>Field &apos;%1&apos; was changed; %n stored value was converted.</numerusform>
            <numerusform>Field &apos;%1&apos; was changed; %n stored values were converted.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition is not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field named &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &apos;%1&apos; is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the stored values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert stored values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta fields of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta fields of account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the stored values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Field &apos;%1&apos; was deleted with %n value(s).</source>
        <translation>
            <numerusform>Field &apos;%1&apos; was deleted with %n value.</numerusform>
            <numerusform>Field &apos;%1&apos; was deleted with %n values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new definition of &apos;%1&apos; converts %n stored value(s) of account %2. Save the field and convert them?</source>
        <translation>
            <numerusform>The new definition of &apos;%1&apos; converts %n stored value of account %2. Save the field and convert it?</numerusform>
            <numerusform>The new definition of &apos;%1&apos; converts %n stored values of account %2. Save the field and convert them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) of account %1 hold a value of &apos;%2&apos;. Delete the field and its %n value(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n user of account %1 holds a value of &apos;%2&apos;. Delete the field and its value? This cannot be undone.</numerusform>
            <numerusform>%n users of account %1 hold a value of &apos;%2&apos;. Delete the field and its %n values? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaTableModel</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users with a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaWriter</name>
    <message numerus="yes">
        <source>%n more user(s) of this account hold values that do not fit the new definition</source>
        <translation>
            <numerusform>%n more user of this account holds values that do not fit the new definition</numerusform>
            <numerusform>%n more users of this account hold values that do not fit the new definition</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Field &apos;%1&apos; still holds %n value(s); send force=1 to delete it together with them</source>
        <translation>
            <numerusform>Field &apos;%1&apos; still holds %n value; send force=1 to delete it together with it</numerusform>
            <numerusform>Field &apos;%1&apos; still holds %n values; send force=1 to delete it together with them</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1: the stored value does not fit the new definition: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendChangesDialog</name>
    <message>
        <source>Send Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user, field or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine for All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs for All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership is kept or taken: use Keep Mine or Take Theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &apos;%1&apos; for user %2 (empty clears it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &apos;%1&apos; is not in the account&apos;s schema any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid for &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided conflicts are held back: they stay in the file, and nothing is sent for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s)</source>
        <translation>
            <numerusform>Send %n change</numerusform>
            <numerusform>Send %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Server Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendPlanModel</name>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already on the server</source>
        <translation>
            <numerusform>%n already on the server</numerusform>
            <numerusform>%n already on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server change(s) to take</source>
        <translation>
            <numerusform>%n server change to take</numerusform>
            <numerusform>%n server changes to take</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n undecided)</source>
        <translation>
            <numerusform> (%n undecided)</numerusform>
            <numerusform> (%n undecided)</numerusform>
        </translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server change: the file takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <source>there is no open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction is already open on this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no transaction to commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is corrupt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is damaged: table &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 does not exist in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown meta field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user ids were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user groups were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 was not found in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several user groups are named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group %1 was not found in this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This store cannot jump to a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserMetaPayload</name>
    <message>
        <source>invalid user id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries in one request; at most %2 are accepted, send the rest in further requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users must be an object of user ids, each holding field names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users is empty: give at least one user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 must be an object of field names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fields given for user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields must be a list; &apos;%1&apos; is not an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields must be a list of objects with user_id, field and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields is empty: give at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 must be an object with user_id, field and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected users (format 1), fields (format 2) or user_id, field and value (format 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request holds exactly one format, this one mixes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names user %2, who is already given as &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserQuerySql</name>
    <message>
        <source>Unknown meta field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersArea</name>
    <message>
        <source>Search id, name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty / missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersCsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Edit %1 of user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists users in ascending id order only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueValidator</name>
    <message>
        <source>%1 is not a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the 64-bit integer range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the range of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a boolean (use true, false, 1 or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (e.g. 2024-05-01T12:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no time zone: add Z or an offset such as +02:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the years 0001 to 9999 in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty value is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shorter than the minimum length of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than the maximum length of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an absolute http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than the 320 characters an email address may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field&apos;s pattern %1 is not a valid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>%n edit(s) are pending in %1; apply or discard them before opening another file or server.</source>
        <translation>
            <numerusform>%n edit is pending in %1; apply or discard them before opening another file or server.</numerusform>
            <numerusform>%n edits are pending in %1; apply or discard them before opening another file or server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another file is still being opened; try again when it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for “%1”; enter it under File › Connect to Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n edit(s) were written; the others stay pending.</source>
        <translation>
            <numerusform>Cancelled. %n edit was written; the others stay pending.</numerusform>
            <numerusform>Cancelled. %n edits were written; the others stay pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) were not written and stay pending; each cell says why.</source>
        <translation>
            <numerusform>%n edit was not written and stays pending; each cell says why.</numerusform>
            <numerusform>%n edits were not written and stay pending; each cell says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server first: an offline copy is taken of its account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is an offline copy of %1 on %2; it cannot be sent to account %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MetaDesk: edit per-user meta fields, bulk-assign user groups and work offline on a MetaDesk database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the user interface in LANGUAGE (e.g. de); the default follows the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in AREA: users, groups, schema or bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these meta fields as columns (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MetaDesk database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown area &apos;%1&apos;; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
