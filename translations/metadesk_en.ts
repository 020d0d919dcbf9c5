<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AffectedUsersModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>B&amp;ulk Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose users and fields to edit: select users in the Users area and click Use Selected Users (or Use All Matching Users for the whole filter), then tick the fields under Fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose users to edit: select them in the Users area and click Use Selected Users, or click Use All Matching Users for the whole filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the fields to edit under Fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln field</numerusform>
            <numerusform>%Ln fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending edit(s) in this account</source>
        <translation>
            <numerusform>%Ln pending edit in this account</numerusform>
            <numerusform>%Ln pending edits in this account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %Ln cell(s)</source>
        <translation>
            <numerusform>Set %Ln cell</numerusform>
            <numerusform>Set %Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) set</source>
        <translation>
            <numerusform>%Ln cell set</numerusform>
            <numerusform>%Ln cells set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) pasted</source>
        <translation>
            <numerusform>%Ln cell pasted</numerusform>
            <numerusform>%Ln cells pasted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not valid (see the red cells)</source>
        <translation>
            <numerusform>%Ln not valid (see the red cells)</numerusform>
            <numerusform>%Ln not valid (see the red cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already held that value</source>
        <translation>
            <numerusform>%Ln already held that value</numerusform>
            <numerusform>%Ln already held that value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) fell outside the grid and were left out.</source>
        <translation>
            <numerusform>%Ln cell fell outside the grid and were left out.</numerusform>
            <numerusform>%Ln cells fell outside the grid and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditModel</name>
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
    <message numerus="yes">
        <source>Set %Ln cell(s) to “%1”</source>
        <translation>
            <numerusform>Set %Ln cell to “%1”</numerusform>
            <numerusform>Set %Ln cells to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln cell(s)</source>
        <translation>
            <numerusform>Clear %Ln cell</numerusform>
            <numerusform>Clear %Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill down %Ln cell(s)</source>
        <translation>
            <numerusform>Fill down %Ln cell</numerusform>
            <numerusform>Fill down %Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln cell(s)</source>
        <translation>
            <numerusform>Paste %Ln cell</numerusform>
            <numerusform>Paste %Ln cells</numerusform>
        </translation>
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
        <source>%1 of %Ln change(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln change shown</numerusform>
            <numerusform>%1 of %Ln changes shown</numerusform>
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
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a TLD-style server is connected to; send edits to this profile with File › Send Changes To….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrymboJob</name>
    <message>
        <source>Crymbo&apos;s login answer holds no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: Crymbo refused the login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the login failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crymbo&apos;s key structure cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrymboKeyRules</name>
    <message>
        <source>Crymbo&apos;s key structure has no key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crymbo keeps &quot;%1&quot; as text (STRING).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crymbo wants a web address (http or https) for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crymbo keeps &quot;%1&quot; as a list (ARRAY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of &quot;%2&quot; is not of Crymbo&apos;s type %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of &quot;%2&quot; is not a web address (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crymbo keeps &quot;%1&quot; as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crymbo&apos;s key structure gives &quot;%1&quot; the type &quot;%2&quot;, which MetaDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrymboPlanner</name>
    <message>
        <source>Crymbo&apos;s usersMeta has no way to remove a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUT to the id found; when none is found, POST %1 with the same body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrymboSendJob</name>
    <message>
        <source>Confirmed by reading it back after the answer was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and reading it back shows it was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and reading it back did not tell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: Crymbo refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: an earlier request failed (%1).</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>Import %Ln edit(s) from %1</source>
        <translation>
            <numerusform>Import %Ln edit from %1</numerusform>
            <numerusform>Import %Ln edits from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed: all %Ln imported value(s) are stored already.</source>
        <translation>
            <numerusform>Nothing changed: all %Ln imported value are stored already.</numerusform>
            <numerusform>Nothing changed: all %Ln imported values are stored already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) imported; they are pending.</source>
        <translation>
            <numerusform>%Ln edit imported; they are pending.</numerusform>
            <numerusform>%Ln edits imported; they are pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) were stored already and left alone.</source>
        <translation>
            <numerusform>%Ln value were stored already and left alone.</numerusform>
            <numerusform>%Ln values were stored already and left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln user exported to %1.</numerusform>
            <numerusform>%Ln users exported to %1.</numerusform>
        </translation>
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
    <message>
        <source>&apos;%1&apos; is a column of the user&apos;s own record, not a meta field; it is not imported</source>
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
    <message>
        <source>Only integer and number fields have a minimum and maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only string fields take this rule.</source>
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
    <name>GroupPreviewDialog</name>
    <message>
        <source>Group Membership Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users gaining it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users losing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Users it changes (%Ln):</source>
        <translation>
            <numerusform>&amp;Users it changes (%Ln):</numerusform>
            <numerusform>&amp;Users it changes (%Ln):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Affected Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
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
    <message numerus="yes">
        <source>%Ln cell(s) will become pending edits.</source>
        <translation>
            <numerusform>%Ln cell will become pending edits.</numerusform>
            <numerusform>%Ln cells will become pending edits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) on %1 have problems and will be left out:</source>
        <translation>
            <numerusform>%Ln cell on %1 have problems and will be left out:</numerusform>
            <numerusform>%Ln cells on %1 have problems and will be left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln Cell(s) Pending</source>
        <translation>
            <numerusform>Make %Ln Cell Pending</numerusform>
            <numerusform>Make %Ln Cells Pending</numerusform>
        </translation>
    </message>
    <message>
        <source>The users&apos; own columns (%1) are not meta fields and are left alone.</source>
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
    <message>
        <source>User %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) to %1 were not written when MetaDesk last stopped:</source>
        <translation>
            <numerusform>%Ln edit to %1 were not written when MetaDesk last stopped:</numerusform>
            <numerusform>%Ln edits to %1 were not written when MetaDesk last stopped:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore them as pending edits? Edit › Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying %Ln edit(s)…</source>
        <translation>
            <numerusform>Applying %Ln edit…</numerusform>
            <numerusform>Applying %Ln edits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %Ln pending edit(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Discard %Ln pending edit? This cannot be undone.</numerusform>
            <numerusform>Discard %Ln pending edits? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) reverted to the value taken from the server.</source>
        <translation>
            <numerusform>%Ln change reverted to the value taken from the server.</numerusform>
            <numerusform>%Ln changes reverted to the value taken from the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln user(s)</source>
        <translation>
            <numerusform>%1 · %Ln user</numerusform>
            <numerusform>%1 · %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending edit(s)</source>
        <translation>
            <numerusform>%Ln pending edit</numerusform>
            <numerusform>%Ln pending edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) have not been written yet. Apply them before closing?</source>
        <translation>
            <numerusform>%Ln edit have not been written yet. Apply them before closing?</numerusform>
            <numerusform>%Ln edits have not been written yet. Apply them before closing?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Offline Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send C&amp;hanges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get Server Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Changes To…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappedEdits</name>
    <message>
        <source>user %1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote id &quot;%1&quot; also belongs to user %2: nothing is sent to it.</source>
        <translation type="unfinished"></translation>
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
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing group memberships…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected users (%Ln)</source>
        <translation>
            <numerusform>Selected users (%Ln)</numerusform>
            <numerusform>Selected users (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All users matching the filter (%Ln)</source>
        <translation>
            <numerusform>All users matching the filter (%Ln)</numerusform>
            <numerusform>All users matching the filter (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected row(s) are still loading; try again in a moment.</source>
        <translation>
            <numerusform>%Ln selected row are still loading; try again in a moment.</numerusform>
            <numerusform>%Ln selected rows are still loading; try again in a moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added and %2 removed for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln membership(s)</source>
        <translation>
            <numerusform>%Ln membership</numerusform>
            <numerusform>%Ln memberships</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No membership changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) not applied:</source>
        <translation>
            <numerusform>%Ln request not applied:</numerusform>
            <numerusform>%Ln requests not applied:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) not applied:</source>
        <translation>
            <numerusform>%Ln batch not applied:</numerusform>
            <numerusform>%Ln batches not applied:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the rest was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of it cannot be undone: memberships changed elsewhere meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the group change running now is done, then undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the group change running now is done, then redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all of it was taken back: Undo again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all of it was made again: Redo again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipPlanner</name>
    <message numerus="yes">
        <source>Changes nothing for %Ln user(s)</source>
        <translation>
            <numerusform>Changes nothing for %Ln user</numerusform>
            <numerusform>Changes nothing for %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln membership(s)</source>
        <translation>
            <numerusform>%Ln membership</numerusform>
            <numerusform>%Ln memberships</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1 and removes %2 for %3</source>
        <translation type="unfinished"></translation>
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
    <name>MetaValueEditors</name>
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
    <message>
        <source>The field “%1” is a %2 on the server now; take a fresh copy to work with its new type (this file keeps it as a %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The field “%1” was deleted on the server; this file keeps it for its %n change(s) not sent, which the server can no longer take.</source>
        <translation>
            <numerusform>The field “%1” was deleted on the server; this file keeps it for its %n change not sent, which the server can no longer take.</numerusform>
            <numerusform>The field “%1” was deleted on the server; this file keeps it for its %n changes not sent, which the server can no longer take.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server changed the field “%1”, but this file could not take it: %2</source>
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
    <name>OfflineSyncFlow</name>
    <message>
        <source>Send Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Server Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an offline copy of a server account: open one (File › Take Offline Copy makes one while connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) are not written into the file yet. Apply them first (Edit › Apply), then try again: only what the file holds is compared and sent.</source>
        <translation>
            <numerusform>%n edit are not written into the file yet. Apply them first (Edit › Apply), then try again: only what the file holds is compared and sent.</numerusform>
            <numerusform>%n edits are not written into the file yet. Apply them first (Edit › Apply), then try again: only what the file holds is compared and sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no connection profile to send to. Add one under File › Connect to Server, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection profile leads to %1. Add one under File › Connect to Server (this copy was taken with the API id “%2”), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the account “%1” of this file to which server? Its values are compared with those of the key&apos;s account there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which connection to %1 should be used?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the server&apos;s changes into the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without comparison: the server cannot be read, so every value and membership of the file is sent and overwrites what the server holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was not taken from this server: values that differ are sent and overwrite the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without conflict detection: the server cannot say what changed since the copy was taken, so what is sent overwrites what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent; the file keeps its changes to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be read (it has no egress endpoints: a plain TLD ingress), so there is no way to compare this file with what it holds. Every value and membership of the file&apos;s account can still be sent, without comparison: each one overwrites what the server holds in its place, and users or groups the server lacks are refused there. Look at them and send?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no change feed (a plain TLD ingress): it cannot say what changed since this copy was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer knows every change since this copy was taken (they are older than it keeps them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s changes can still be sent, without conflict detection: each one overwrites what the server holds in its place, even if someone changed it meanwhile. Look at them and send?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent; the server holds them now.</source>
        <translation>
            <numerusform>%n change sent; the server holds them now.</numerusform>
            <numerusform>%n changes sent; the server holds them now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) did not land and stay in the file, to send again:</source>
        <translation>
            <numerusform>%n change did not land and stay in the file, to send again:</numerusform>
            <numerusform>%n changes did not land and stay in the file, to send again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … and %n more.</numerusform>
            <numerusform>  … and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server change(s) taken into the file.</source>
        <translation>
            <numerusform>%n server change taken into the file.</numerusform>
            <numerusform>%n server changes taken into the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) held: the file keeps its own value there until you decide in File › Send Changes.</source>
        <translation>
            <numerusform>%n conflict held: the file keeps its own value there until you decide in File › Send Changes.</numerusform>
            <numerusform>%n conflicts held: the file keeps its own value there until you decide in File › Send Changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server change(s) concern users, groups or fields this copy does not hold; they were left out (a fresh copy has them).</source>
        <translation>
            <numerusform>%n server change concern users, groups or fields this copy does not hold; they were left out (a fresh copy has them).</numerusform>
            <numerusform>%n server changes concern users, groups or fields this copy does not hold; they were left out (a fresh copy has them).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent, because the server&apos;s account lacks them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file and the server agree: nothing to send or take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineSyncJob</name>
    <message>
        <source>The file was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an offline copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what changed on the server since the copy was taken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the file with the server&apos;s account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server changed some of these places while they were being sent. What landed is on the server; the rest was compared again: look at it before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server changed some of these places while they were being sent. What landed is in the file; look at the rest again before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) of group %1: %2</source>
        <translation>
            <numerusform>%n membership of group %1: %2</numerusform>
            <numerusform>%n memberships of group %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The server holds what landed, but the file could not record it (%1). Send Changes again: what landed will be found equal and recorded then.</source>
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
    <message>
        <source>Nothing can be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Apply sends this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 entries and %2 bytes per request, as a server would be sent them; Apply writes them to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) will be sent.</source>
        <translation>
            <numerusform>%Ln edit will be sent.</numerusform>
            <numerusform>%Ln edits will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) will be written.</source>
        <translation>
            <numerusform>%Ln edit will be written.</numerusform>
            <numerusform>%Ln edits will be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) are held back and stay pending:</source>
        <translation>
            <numerusform>%Ln edit are held back and stay pending:</numerusform>
            <numerusform>%Ln edits are held back and stay pending:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Apply writes these edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %Ln</source>
        <translation>
            <numerusform>of %Ln</numerusform>
            <numerusform>of %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln — %1 %2, %3</source>
        <translation>
            <numerusform>of %Ln — %1 %2, %3</numerusform>
            <numerusform>of %Ln — %1 %2, %3</numerusform>
        </translation>
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
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the server could not be reached.</source>
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
    <name>PlainFileComparer</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s account has no group of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server&apos;s account has %n groups of that name</source>
        <translation>
            <numerusform>the server&apos;s account has %n groups of that name</numerusform>
            <numerusform>the server&apos;s account has %n groups of that name</numerusform>
        </translation>
    </message>
    <message>
        <source>users.%1 (%2): the server&apos;s account has no such user; nothing of it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more user(s) the server&apos;s account does not have.</source>
        <translation>
            <numerusform>… and %n more user the server&apos;s account does not have.</numerusform>
            <numerusform>… and %n more users the server&apos;s account does not have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group “%1”: %2; %n membership(s) of it are not sent.</source>
        <translation>
            <numerusform>Group “%1”: %2; %n membership of it are not sent.</numerusform>
            <numerusform>Group “%1”: %2; %n memberships of it are not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PubNubPlanner</name>
    <message>
        <source>The PubNub uuid is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PubNub uuid &quot;%1&quot; is longer than %2 characters or %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PubNub uuid &quot;%1&quot; holds &quot;%2&quot;, which PubNub does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PubNub uuid &quot;%1&quot; holds a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PubNub uuid &quot;%1&quot; holds &quot;channel&quot;, which PubNub does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PubNub custom values must be scalars (text, number or true/false), no lists or objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom is the object just read with these fields put in; &lt;eTag&gt; is the one just read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom is the object just read with these fields put in and %1 taken out; &lt;eTag&gt; is the one just read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PubNubSendJob</name>
    <message>
        <source>Confirmed by reading it back after the answer was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PubNub failed or its answer was lost, and reading it back shows it does not hold this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PubNub answered success but did not keep this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost and reading it back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in PubNub after it was read; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: PubNub refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: an earlier request failed (%1).</source>
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
    <name>RemoteIdMap</name>
    <message>
        <source>The user has no remote id: the field &quot;%1&quot; is empty.</source>
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
        <source>The server sent field definitions that cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say which account the key belongs to (%1 gave no account id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not count revisions (%1 gave none): it cannot tell what changed since a copy was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users in another order than by id are read by position, not after an id.</source>
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
        <source>Checking the stored values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert stored values</source>
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
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition of &apos;%1&apos; is not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to &apos;%1&apos; was refused; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new definition of &apos;%1&apos; converts %Ln stored value(s) of account %2. Save the field and convert them?</source>
        <translation>
            <numerusform>The new definition of &apos;%1&apos; converts %Ln stored value of account %2. Save the field and convert them?</numerusform>
            <numerusform>The new definition of &apos;%1&apos; converts %Ln stored values of account %2. Save the field and convert them?</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos;: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Field &apos;%1&apos; was changed; %Ln stored value(s) were converted.</source>
        <translation>
            <numerusform>Field &apos;%1&apos; was changed; %Ln stored value were converted.</numerusform>
            <numerusform>Field &apos;%1&apos; was changed; %Ln stored values were converted.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) of account %1 hold a value of &apos;%2&apos;. Delete the field and its %Ln value(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln user of account %1 hold a value of &apos;%2&apos;. Delete the field and its %Ln value? This cannot be undone.</numerusform>
            <numerusform>%Ln users of account %1 hold a value of &apos;%2&apos;. Delete the field and its %Ln values? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Field &apos;%1&apos; was deleted with %Ln value(s).</source>
        <translation>
            <numerusform>Field &apos;%1&apos; was deleted with %Ln value.</numerusform>
            <numerusform>Field &apos;%1&apos; was deleted with %Ln values.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln to send</source>
        <translation>
            <numerusform>%Ln to send</numerusform>
            <numerusform>%Ln to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already on the server</source>
        <translation>
            <numerusform>%Ln already on the server</numerusform>
            <numerusform>%Ln already on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln server change(s) to take</source>
        <translation>
            <numerusform>%Ln server change to take</numerusform>
            <numerusform>%Ln server changes to take</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln undecided)</source>
        <translation>
            <numerusform> (%Ln undecided)</numerusform>
            <numerusform> (%Ln undecided)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendToTargetDialog</name>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Changes To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote user id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits held back or sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no User.com, PubNub App Context or Crymbo profile yet: add one in File › Connect to Server….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the profile&apos;s secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the remote ids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote ids cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to send</source>
        <translation>
            <numerusform>%n edit to send</numerusform>
            <numerusform>%n edits to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held back</source>
        <translation>
            <numerusform>%n held back</numerusform>
            <numerusform>%n held back</numerusform>
        </translation>
    </message>
    <message>
        <source>No secret is stored for this profile: enter it in File › Connect to Server….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the request on the wire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict (the target holds no value now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict (the target holds %1 now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 landed · %2 not landed · %3 uncertain · %4 in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected conflicts (or all of them) again over what the target holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the target&apos;s value for the selected conflicts (or all of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict decided: the target keeps %1 (Take Theirs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take T&amp;heirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to Crymbo to read its key structure (nothing is written)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crymbo&apos;s key structure could not be read for this preview (%1); it is read again after the login when sending, before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetCellsDialog</name>
    <message>
        <source>Set Selected Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty clears the cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln cell(s)):</source>
        <translation>
            <numerusform>%1 (%Ln cell):</numerusform>
            <numerusform>%1 (%Ln cells):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value for each chosen field, set in all %Ln chosen cell(s) as one step.</source>
        <translation>
            <numerusform>The value for each chosen field, set in all %Ln chosen cell as one step.</numerusform>
            <numerusform>The value for each chosen field, set in all %Ln chosen cells as one step.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
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
    <name>SqliteBulkLoad</name>
    <message>
        <source>the file&apos;s journal mode could not be set to %1</source>
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
    <message>
        <source>This store does not count revisions.</source>
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
    <name>TargetConnector</name>
    <message>
        <source>Each uuid is read first: the set carries the custom object just read with the changes merged in, and its eTag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crymbo&apos;s key structure is read right after the login: edits it refuses are held back then, before anything is written. Each key is updated by the id found, or created when none is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits Crymbo&apos;s key structure refuses are held back above (the structure was read just now, and is read again right before sending). Each key is updated by the id found, or created when none is found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetKindFields</name>
    <message>
        <source>TLD-style server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PubNub App Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crymbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User.com&apos;s examples send the mass update with POST; its title says PUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the subscribe key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the username Crymbo&apos;s login takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the API key and the API secret, or neither to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Manager &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetSendJob</name>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserComPlanner</name>
    <message>
        <source>User.com takes boolean, integer, date, date &amp; time and string values, no lists or objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User.com takes whole numbers only; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User.com user ids are positive integers; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User.com attribute names are 1 to %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User.com&apos;s mass update sets a value; it cannot clear an attribute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserComSendJob</name>
    <message>
        <source>Not sent: User.com refused the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: an earlier request failed (%1).</source>
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
    <name>WelcomePage</name>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a MetaDesk database file, create a new one, try the demo database, or connect to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing opened yet.</source>
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
    <message numerus="yes">
        <source>Restore %Ln edit(s)</source>
        <translation>
            <numerusform>Restore %Ln edit</numerusform>
            <numerusform>Restore %Ln edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln written</source>
        <translation>
            <numerusform>%Ln written</numerusform>
            <numerusform>%Ln written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held back: see the red cells</source>
        <translation>
            <numerusform>%Ln held back: see the red cells</numerusform>
            <numerusform>%Ln held back: see the red cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not written and still pending</source>
        <translation>
            <numerusform>%Ln not written and still pending</numerusform>
            <numerusform>%Ln not written and still pending</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a file first: its changes are what is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was closed.</source>
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
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AREA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
