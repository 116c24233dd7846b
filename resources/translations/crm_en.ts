<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="106" />
        <source>About Property CRM Desktop</source>
        <translation>About Property CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="109" />
        <source>Property CRM Desktop</source>
        <translation>Property CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="110" />
        <source>Customer relations for property-management offices</source>
        <translation>Customer relations for property-management offices</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="117" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="118" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="119" />
        <source>Settings of this computer</source>
        <translation>Settings of this computer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="120" />
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="121" />
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="122" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="134" />
        <source>The program ships with the libraries and the font listed below, each under its own licence. Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files in the program folder and may be replaced by modified versions; their source code is available from https://download.qt.io.</source>
        <translation>The program ships with the libraries and the font listed below, each under its own licence. Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files in the program folder and may be replaced by modified versions; their source code is available from https://download.qt.io.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="155" />
        <source>Select a component to read its licence.</source>
        <translation>Select a component to read its licence.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="163" />
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="249" />
        <source>Acceptance · %1</source>
        <translation>Acceptance · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="251" />
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="256" />
        <source>e.g. damage to the corridor wall</source>
        <translation>e.g. damage to the corridor wall</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="258" />
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="259" />
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="263" />
        <source>Deposit received</source>
        <translation>Deposit received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="264" />
        <source>Deductions so far</source>
        <translation>Deductions so far</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="265" />
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="266" />
        <source>Deduction at acceptance</source>
        <translation>Deduction at acceptance</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="267" />
        <source>Reason for it</source>
        <translation>Reason for it</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="268" />
        <source>Proposed refund</source>
        <translation>Proposed refund</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="269" />
        <source>Refund the deposit</source>
        <translation>Refund the deposit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="270" />
        <source>Refund amount</source>
        <translation>Refund amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="271" />
        <source>Refund date</source>
        <translation>Refund date</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="63" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="64" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="79" />
        <source>When</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>AddDefectDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="264" />
        <source>Add a defect: %1</source>
        <translation>Add a defect: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="267" />
        <source>Defect *</source>
        <translation>Defect *</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/__init__.py" line="86" />
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/__init__.py" line="91" />
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/__init__.py" line="93" />
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/__init__.py" line="95" />
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="60" />
        <source>Administrator account</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="61" />
        <source>The administrator adds the other users and decides their roles.</source>
        <translation>The administrator adds the other users and decides their roles.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="70" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="71" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="72" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="74" />
        <source>At least %1 characters. Keep it safe: nobody can read it back.</source>
        <translation>At least %1 characters. Keep it safe: nobody can read it back.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="95" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="111" />
        <source>(press Back to correct it)</source>
        <translation>(press Back to correct it)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/opening.py" line="203" />
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/opening.py" line="210" />
        <source>The database chosen in Settings cannot be opened:
%1

%2

Open the local database on this computer instead? (Settings → Database changes the choice.)</source>
        <translation>The database chosen in Settings cannot be opened:
%1

%2

Open the local database on this computer instead? (Settings → Database changes the choice.)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/opening.py" line="226" />
        <source>If the file is damaged, an administrator can put a backup back from the command line:
crm-desktop restore --db "%1" --from BACKUP-FILE</source>
        <translation>If the file is damaged, an administrator can put a backup back from the command line:
crm-desktop restore --db "%1" --from BACKUP-FILE</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="122" />
        <source>Assessment of %1</source>
        <translation>Assessment of %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="125" />
        <source>A year, quarter or month: 2026, 2026-Q3, 2026-09</source>
        <translation>A year, quarter or month: 2026, 2026-Q3, 2026-09</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="133" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="134" />
        <source>Score (1–5)</source>
        <translation>Score (1–5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="135" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="152" />
        <source>Weighted total</source>
        <translation>Weighted total</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="158" />
        <source>Period *</source>
        <translation>Period *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="159" />
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="160" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="161" />
        <source>Assessor *</source>
        <translation>Assessor *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="162" />
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="170" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="107" />
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="107" />
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="113" />
        <source>(team)</source>
        <translation>(team)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="117" />
        <source>Staff or team *</source>
        <translation>Staff or team *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="124" />
        <source>Add staff in the Staff view first.</source>
        <translation>Add staff in the Staff view first.</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="32" />
        <source>unknown user name</source>
        <translation>unknown user name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="33" />
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="34" />
        <source>wrong password; locked</source>
        <translation>wrong password; locked</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="35" />
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="36" />
        <source>account deactivated</source>
        <translation>account deactivated</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="37" />
        <source>first start</source>
        <translation>first start</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="37" />
        <source>id_number</source>
        <translation>id_number</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="45" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="46" />
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="47" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="48" />
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="49" />
        <source>Login failed</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="50" />
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="51" />
        <source>Showed in clear</source>
        <translation>Showed in clear</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="52" />
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="53" />
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="54" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="60" />
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="61" />
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="62" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="63" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="64" />
        <source>Occupancy</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="65" />
        <source>Contact record</source>
        <translation>Contact record</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="66" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="67" />
        <source>Ticket history</source>
        <translation>Ticket history</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="68" />
        <source>Ticket numbering</source>
        <translation>Ticket numbering</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="69" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="70" />
        <source>Staff assessment</source>
        <translation>Staff assessment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="71" />
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="72" />
        <source>Survey question</source>
        <translation>Survey question</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="73" />
        <source>Survey response</source>
        <translation>Survey response</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="74" />
        <source>Survey answer</source>
        <translation>Survey answer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="75" />
        <source>Move-in</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="76" />
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="77" />
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="78" />
        <source>Deposit deduction</source>
        <translation>Deposit deduction</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="79" />
        <source>Handover defect</source>
        <translation>Handover defect</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="80" />
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="81" />
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="82" />
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="83" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="84" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="145" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="146" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="147" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="148" />
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="149" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="150" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="180" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="187" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="190" />
        <source>Check the chain…</source>
        <translation>Check the chain…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="192" />
        <source>Recompute every entry's hash to find entries that were edited or deleted</source>
        <translation>Recompute every entry's hash to find entries that were edited or deleted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="197" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="198" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="199" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="200" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="201" />
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="231" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="233" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="248" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="262" />
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="266" />
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="271" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="288" />
        <source>Entries: %1</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="318" />
        <source>Audit log intact</source>
        <translation>Audit log intact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="319" />
        <source>All %1 entries are intact: none was edited or deleted.</source>
        <translation>All %1 entries are intact: none was edited or deleted.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="326" />
        <source>Audit log damaged</source>
        <translation>Audit log damaged</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="327" />
        <source>The audit log was tampered with at entry %1:</source>
        <translation>The audit log was tampered with at entry %1:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="337" />
        <source>Checking the audit log</source>
        <translation>Checking the audit log</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../crm_desktop/ui/tasks.py" line="59" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks.py" line="84" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="34" />
        <source>Database backups (*.db);;All files (*)</source>
        <translation>Database backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="49" />
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="52" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="77" />
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="88" />
        <source>Backup written to %1 (%2).</source>
        <translation>Backup written to %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="93" />
        <source>Backup finished</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="97" />
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="125" />
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="126" />
        <source>Wait until the running import, export or backup has finished, then restore.</source>
        <translation>Wait until the running import, export or backup has finished, then restore.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="132" />
        <source>Choose the backup to restore</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="161" />
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="171" />
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="173" />
        <source>The backup %1 was restored. The database as it was before is kept as %2.

The program now reopens the database.</source>
        <translation>The backup %1 was restored. The database as it was before is kept as %2.

The program now reopens the database.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="183" />
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="232" />
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="253" />
        <source>Today's automatic backup was written to %1.</source>
        <translation>Today's automatic backup was written to %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="260" />
        <source>Database checked: no problems found.</source>
        <translation>Database checked: no problems found.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="271" />
        <source>Automatic backup failed</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="272" />
        <source>Today's automatic backup could not be made:
%1

Your data is not affected, but there is no backup of today. Make one now (File → Back up now…) and check the backup folder in Settings.</source>
        <translation>Today's automatic backup could not be made:
%1

Your data is not affected, but there is no backup of today. Make one now (File → Back up now…) and check the backup folder in Settings.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="281" />
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="71" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="76" />
        <source>This desk works on a PostgreSQL server, which is backed up on the server with its own tools (pg_dump). Ask whoever looks after the server; see the user guide.</source>
        <translation>This desk works on a PostgreSQL server, which is backed up on the server with its own tools (pg_dump). Ask whoever looks after the server; see the user guide.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="80" />
        <source>Only a manager or an administrator may change the backup folder.</source>
        <translation>Only a manager or an administrator may change the backup folder.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="82" />
        <source>Backup &amp;folder</source>
        <translation>Backup &amp;folder</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="83" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="84" />
        <source>Default folder</source>
        <translation>Default folder</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="85" />
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="87" />
        <source>The first start of each day copies the database into this folder. The newest %1 copies and the last one of each month are kept. Choose a folder on another disk or a USB drive that is plugged in, so that a broken disk does not take the backups with it.</source>
        <translation>The first start of each day copies the database into this folder. The newest %1 copies and the last one of each month are kept. Choose a folder on another disk or a USB drive that is plugged in, so that a broken disk does not take the backups with it.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="97" />
        <source>None yet in this folder.</source>
        <translation>None yet in this folder.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="101" />
        <source>%1 kept; the newest from %2.</source>
        <translation>%1 kept; the newest from %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="106" />
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="164" />
        <source>Call-back</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="164" />
        <source>What the owner said</source>
        <translation>What the owner said</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="168" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="172" />
        <source>1 very dissatisfied</source>
        <translation>1 very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="173" />
        <source>2 dissatisfied</source>
        <translation>2 dissatisfied</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="174" />
        <source>3 neutral</source>
        <translation>3 neutral</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="175" />
        <source>4 satisfied</source>
        <translation>4 satisfied</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="176" />
        <source>5 very satisfied</source>
        <translation>5 very satisfied</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="184" />
        <source>Satisfaction *</source>
        <translation>Satisfaction *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="187" />
        <source>Called by</source>
        <translation>Called by</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="200" />
        <source>Choose the owner's satisfaction, 1 to 5.</source>
        <translation>Choose the owner's satisfaction, 1 to 5.</translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="44" />
        <source>Call back by</source>
        <translation>Call back by</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="45" />
        <source>Ticket no.</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="46" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="47" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="48" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="49" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="50" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="51" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="52" />
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="65" />
        <source>Call-back overdue since %1</source>
        <translation>Call-back overdue since %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="70" />
        <source>(anonymous)</source>
        <translation>(anonymous)</translation>
    </message>
</context>
<context>
    <name>CallbackQueueView</name>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="96" />
        <source>Due today or overdue only</source>
        <translation>Due today or overdue only</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="98" />
        <source>Record call-back…</source>
        <translation>Record call-back…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="101" />
        <source>Open ticket</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="103" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="120" />
        <source>Resolving a complaint or repair puts it here. Call the owner, then record the score (1–5); a score of 1 or 2 flags the ticket for the manager and offers to reopen it.</source>
        <translation>Resolving a complaint or repair puts it here. Call the owner, then record the score (1–5); a score of 1 or 2 flags the ticket for the manager and offers to reopen it.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="137" />
        <source>%1 call-backs waiting, %2 overdue</source>
        <translation>%1 call-backs waiting, %2 overdue</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="158" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="158" />
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="201" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="158" />
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="202" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="158" />
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="172" />
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="375" />
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="173" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="187" />
        <source>e.g. 2026 年第三季度满意度调查</source>
        <translation>e.g. 2026 年第三季度满意度调查</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="196" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="200" />
        <source>Campaign name *</source>
        <translation>Campaign name *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="203" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="205" />
        <source>Draft: being prepared. Open: responses can be entered. Ended: the results are final.</source>
        <translation>Draft: being prepared. Open: responses can be entered. Ended: the results are final.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="228" />
        <source>Add question…</source>
        <translation>Add question…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="229" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="230" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="231" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="232" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="233" />
        <source>Copy the default questionnaire</source>
        <translation>Copy the default questionnaire</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="235" />
        <source>Adds the standard property-service questionnaire: NPS, overall satisfaction (CSAT), two SERVQUAL items for each of the five dimensions and a comment box.</source>
        <translation>Adds the standard property-service questionnaire: NPS, overall satisfaction (CSAT), two SERVQUAL items for each of the five dimensions and a comment box.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="249" />
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="255" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="257" />
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="258" />
        <source>Enter responses…</source>
        <translation>Enter responses…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="351" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="352" />
        <source>The campaign has changes that are not saved. Discard them?</source>
        <translation>The campaign has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="465" />
        <source>Delete campaign</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="466" />
        <source>Delete the campaign %1 and its questionnaire?</source>
        <translation>Delete the campaign %1 and its questionnaire?</translation>
    </message>
</context>
<context>
    <name>CancelMoveInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="246" />
        <source>Cancel handover of %1</source>
        <translation>Cancel handover of %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="248" />
        <source>Cancel handover</source>
        <translation>Cancel handover</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="249" />
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="251" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="252" />
        <source>Booked for</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="253" />
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="37" />
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="55" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="39" />
        <source>An administrator set your password. Choose your own before you continue.</source>
        <translation>An administrator set your password. Choose your own before you continue.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="41" />
        <source>Choose a new password for %1.</source>
        <translation>Choose a new password for %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="44" />
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="50" />
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="51" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="52" />
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="56" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="56" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="70" />
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="210" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="210" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="213" />
        <source>Complaints and repairs are closed by their call-back. To close this one without it, say why (e.g. the owner could not be reached).</source>
        <translation>Complaints and repairs are closed by their call-back. To close this one without it, say why (e.g. the owner could not be reached).</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="41" />
        <source>First community</source>
        <translation>First community</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="42" />
        <source>The residential community (小区) your office looks after.</source>
        <translation>The residential community (小区) your office looks after.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="47" />
        <source>Community name</source>
        <translation>Community name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="50" />
        <source>More communities, buildings and units can be added later in Customer archives.</source>
        <translation>More communities, buildings and units can be added later in Customer archives.</translation>
    </message>
</context>
<context>
    <name>ComponentModel</name>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="91" />
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="91" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="91" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>CustomerArchiveTab</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="60" />
        <source>Search name, pinyin (zs), phone digits, unit 3栋-2单元-1202, ID tail</source>
        <translation>Search name, pinyin (zs), phone digits, unit 3栋-2单元-1202, ID tail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="80" />
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="81" />
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="82" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="83" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="84" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="90" />
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="91" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="92" />
        <source>Move in…</source>
        <translation>Move in…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="93" />
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="94" />
        <source>Move out…</source>
        <translation>Move out…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="95" />
        <source>Log contact…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="96" />
        <source>Communities and units…</source>
        <translation>Communities and units…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="97" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="98" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="153" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="155" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="156" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="173" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="215" />
        <source>Searching customers</source>
        <translation>Searching customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="223" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="287" />
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="324" />
        <source>Choose a unit</source>
        <translation>Choose a unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="325" />
        <source>Select the unit in the occupancy history first.</source>
        <translation>Select the unit in the occupancy history first.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="32" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="33" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="34" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="35" />
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="36" />
        <source>Special needs</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="37" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="38" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="47" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="47" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="47" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="47" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="47" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="48" />
        <source>Reason left</source>
        <translation>Reason left</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="63" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="63" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="63" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="76" />
        <source>Units (occupancy history)</source>
        <translation>Units (occupancy history)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="78" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="80" />
        <source>Select a customer to see their archive.</source>
        <translation>Select a customer to see their archive.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="114" />
        <source>living here</source>
        <translation>living here</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="114" />
        <source>moved out / no unit</source>
        <translation>moved out / no unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="139" />
        <source>Moved in</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="140" />
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="141" />
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="142" />
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="143" />
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="144" />
        <source>Service ticket</source>
        <translation>Service ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="145" />
        <source>Survey answered</source>
        <translation>Survey answered</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="153" />
        <source>by transfer</source>
        <translation>by transfer</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="40" />
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="40" />
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="55" />
        <source>18 digits for a resident ID card</source>
        <translation>18 digits for a resident ID card</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="57" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="58" />
        <source>Show the ID number in clear; this is recorded in the audit log</source>
        <translation>Show the ID number in clear; this is recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="68" />
        <source>e.g. elderly living alone, wheelchair user</source>
        <translation>e.g. elderly living alone, wheelchair user</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="71" />
        <source>comma-separated, e.g. VIP, committee member</source>
        <translation>comma-separated, e.g. VIP, committee member</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="82" />
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="84" />
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="85" />
        <source>Customer type</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="86" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="87" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="88" />
        <source>Second phone</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="89" />
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="94" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="95" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="96" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="97" />
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="98" />
        <source>Preferred contact</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="100" />
        <source>Care and contact</source>
        <translation>Care and contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="102" />
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="103" />
        <source>Emergency phone</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="104" />
        <source>Special needs</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="105" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="106" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="107" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="114" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="115" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="142" />
        <source>(type to replace)</source>
        <translation>(type to replace)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="208" />
        <source>same ID number</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="208" />
        <source>same mobile</source>
        <translation>same mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="213" />
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="214" />
        <source>This customer may already be in the archive:</source>
        <translation>This customer may already be in the archive:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="215" />
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/pickers.py" line="68" />
        <source>Type a name, pinyin, phone digits or unit code</source>
        <translation>Type a name, pinyin, phone digits or unit code</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="87" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="88" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="89" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="90" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="91" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="92" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="93" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="102" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="112" />
        <source>Living here</source>
        <translation>Living here</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="112" />
        <source>Moved out / none</source>
        <translation>Moved out / none</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="115" />
        <source>Special needs: %1</source>
        <translation>Special needs: %1</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="134" />
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="141" />
        <source>The database failed its integrity check</source>
        <translation>The database failed its integrity check</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="148" />
        <source>SQLite found damage in %1 (for example after a power cut or a failing disk). Records may be missing or wrong, and saving more may make it worse.</source>
        <translation>SQLite found damage in %1 (for example after a power cut or a failing disk). Records may be missing or wrong, and saving more may make it worse.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="160" />
        <source>The newest backup that passes the check was made on %1 and holds %2 customers and %3 tickets:
%4</source>
        <translation>The newest backup that passes the check was made on %1 and holds %2 customers and %3 tickets:
%4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="170" />
        <source>No backup that passes the check was found in %1. Copy the database file somewhere safe and call your support contact before entering more data.</source>
        <translation>No backup that passes the check was found in %1. Copy the database file somewhere safe and call your support contact before entering more data.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="179" />
        <source>Restore this backup…</source>
        <translation>Restore this backup…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="186" />
        <source>Only an administrator can restore it: ask one to sign in and choose File → Restore from backup…</source>
        <translation>Only an administrator can restore it: ask one to sign in and choose File → Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="192" />
        <source>Continue without restoring</source>
        <translation>Continue without restoring</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="267" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="269" />
        <source>Monthly reports…</source>
        <translation>Monthly reports…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="274" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="387" />
        <source>NPS and CSAT, last 12 months</source>
        <translation>NPS and CSAT, last 12 months</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="388" />
        <source>Retention rate (%), last 12 months</source>
        <translation>Retention rate (%), last 12 months</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="390" />
        <source>Complaints resolved within SLA (%), last 12 months</source>
        <translation>Complaints resolved within SLA (%), last 12 months</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="292" />
        <source>Renovations needing attention</source>
        <translation>Renovations needing attention</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="61" />
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="304" />
        <source>Customers at risk</source>
        <translation>Customers at risk</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="55" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="56" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="57" />
        <source>Open complaints</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="58" />
        <source>Overdue complaints</source>
        <translation>Overdue complaints</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="59" />
        <source>Resolved within SLA</source>
        <translation>Resolved within SLA</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="60" />
        <source>Retention rate</source>
        <translation>Retention rate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="67" />
        <source>Net Promoter Score of this month's survey answers: % promoters (9–10) − % detractors (0–6). Click to see the survey results.</source>
        <translation>Net Promoter Score of this month's survey answers: % promoters (9–10) − % detractors (0–6). Click to see the survey results.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="72" />
        <source>Share of this month's overall-satisfaction answers scoring 4 or 5. Click to see the survey results.</source>
        <translation>Share of this month's overall-satisfaction answers scoring 4 or 5. Click to see the survey results.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="76" />
        <source>Complaints not resolved at the end of the month (now, for the current month). Click to list them.</source>
        <translation>Complaints not resolved at the end of the month (now, for the current month). Click to list them.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="80" />
        <source>Open complaints past their due time. Click to list them.</source>
        <translation>Open complaints past their due time. Click to list them.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="83" />
        <source>Complaints resolved this month by their due time. Click to list this month's complaints.</source>
        <translation>Complaints resolved this month by their due time. Click to list this month's complaints.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="86" />
        <source>Customers living here at the start of the month who still do at its end. Click for the retention report.</source>
        <translation>Customers living here at the start of the month who still do at its end. Click for the retention report.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="90" />
        <source>Customers whose recent answers, complaints or call-backs add up to 3 or more risk points. Click to see the list below.</source>
        <translation>Customers whose recent answers, complaints or call-backs add up to 3 or more risk points. Click to see the list below.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="112" />
        <source>last month: %1</source>
        <translation>last month: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="116" />
        <source>same as last month</source>
        <translation>same as last month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="119" />
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="121" />
        <source>vs last month %1</source>
        <translation>vs last month %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="349" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="350" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="351" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="352" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="353" />
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="354" />
        <source>Suggested win-back action</source>
        <translation>Suggested win-back action</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="366" />
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="389" />
        <source>Complaints by category in the month shown</source>
        <translation>Complaints by category in the month shown</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="408" />
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="416" />
        <source>Updating the dashboard</source>
        <translation>Updating the dashboard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="431" />
        <source>The dashboard could not be updated.</source>
        <translation>The dashboard could not be updated.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="438" />
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="445" />
        <source>Past the planned end: %1</source>
        <translation>Past the planned end: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="446" />
        <source>Open violations: %1</source>
        <translation>Open violations: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="447" />
        <source>Deposit not refunded: %1</source>
        <translation>Deposit not refunded: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="448" />
        <source>Under way: %1</source>
        <translation>Under way: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="459" />
        <source>%1 customers at risk; the %2 with the highest scores are shown. Double-click one to open their archive.</source>
        <translation>%1 customers at risk; the %2 with the highest scores are shown. Double-click one to open their archive.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="467" />
        <source>%1 customers at risk. Double-click one to open their archive.</source>
        <translation>%1 customers at risk. Double-click one to open their archive.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="472" />
        <source>No customer is at risk this month.</source>
        <translation>No customer is at risk this month.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="539" />
        <source>Recent NPS detractor</source>
        <translation>Recent NPS detractor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="540" />
        <source>Overdue complaint</source>
        <translation>Overdue complaint</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="541" />
        <source>Repeat complaints in 90 days</source>
        <translation>Repeat complaints in 90 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="542" />
        <source>Low call-back score</source>
        <translation>Low call-back score</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="543" />
        <source>Low recent CSAT</source>
        <translation>Low recent CSAT</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="119" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="122" />
        <source>Only a manager or an administrator may change the database of this desk.</source>
        <translation>Only a manager or an administrator may change the database of this desk.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="123" />
        <source>Open now: %1</source>
        <translation>Open now: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="124" />
        <source>The local database file of this computer (default)</source>
        <translation>The local database file of this computer (default)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="125" />
        <source>Another database file on this computer</source>
        <translation>Another database file on this computer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="126" />
        <source>A shared PostgreSQL server (several desks)</source>
        <translation>A shared PostgreSQL server (several desks)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="127" />
        <source>e.g. D:\CRM\office.db</source>
        <translation>e.g. D:\CRM\office.db</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="128" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="129" />
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="130" />
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="130" />
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="130" />
        <source>Data&amp;base</source>
        <translation>Data&amp;base</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="131" />
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="131" />
        <source>Pass&amp;word</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="133" />
        <source>e.g. 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="134" />
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="135" />
        <source>&amp;Copy the data there…</source>
        <translation>&amp;Copy the data there…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="137" />
        <source>Copy everything in the database open now into the chosen one, which must be empty: the way to move the office to a shared server.</source>
        <translation>Copy everything in the database open now into the chosen one, which must be empty: the way to move the office to a shared server.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="141" />
        <source>The choice is stored on this computer and used from the next start of the program; starting it with --db overrides it. A database file must be on this computer: several desks share one PostgreSQL server instead (see the user guide). The password is stored in the settings of this computer's user account.</source>
        <translation>The choice is stored on this computer and used from the next start of the program; starting it with --db overrides it. A database file must be on this computer: several desks share one PostgreSQL server instead (see the user guide). The password is stored in the settings of this computer's user account.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="206" />
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="206" />
        <source>Database files (*.db *.sqlite);;All files (*)</source>
        <translation>Database files (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="222" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="225" />
        <source>Testing the connection</source>
        <translation>Testing the connection</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="259" />
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="280" />
        <source>Copy the data</source>
        <translation>Copy the data</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="260" />
        <source>Copy every record of %1 into %2?

The database open now is not changed. The other database must be empty; on a PostgreSQL server, create it first (see the user guide).</source>
        <translation>Copy every record of %1 into %2?

The database open now is not changed. The other database must be empty; on a PostgreSQL server, create it first (see the user guide).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="268" />
        <source>Copying the data</source>
        <translation>Copying the data</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="275" />
        <source>%1 records copied to %2.</source>
        <translation>%1 records copied to %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="281" />
        <source>The data is copied. Use %1 on this desk from the next start?</source>
        <translation>The data is copied. Use %1 on this desk from the next start?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="306" />
        <source>Saved. The program opens %1 from its next start.</source>
        <translation>Saved. The program opens %1 from its next start.</translation>
    </message>
</context>
<context>
    <name>DeductionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="392" />
        <source>Deduct from the deposit · %1</source>
        <translation>Deduct from the deposit · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="403" />
        <source>Deposit received</source>
        <translation>Deposit received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="404" />
        <source>Deductions so far</source>
        <translation>Deductions so far</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="405" />
        <source>Amount *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="406" />
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="407" />
        <source>For the violation of</source>
        <translation>For the violation of</translation>
    </message>
</context>
<context>
    <name>DistributionCharts</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="239" />
        <source>No answers to chart in this campaign or period.</source>
        <translation>No answers to chart in this campaign or period.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="42" />
        <source>Please check the input</source>
        <translation>Please check the input</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="44" />
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="46" />
        <source>Record not found</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="48" />
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="50" />
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="52" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="53" />
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="74" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="75" />
        <source>Something went wrong that the program did not expect. Your saved data is safe; the last action may not have been saved. Please send the details below to support.</source>
        <translation>Something went wrong that the program did not expect. Your saved data is safe; the last action may not have been saved. Please send the details below to support.</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="247" />
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="247" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="257" />
        <source>Due %1 · %2</source>
        <translation>Due %1 · %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="260" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="261" />
        <source>Manager *</source>
        <translation>Manager *</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="129" />
        <source>Set up Property CRM Desktop</source>
        <translation>Set up Property CRM Desktop</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="88" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="89" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="125" />
        <source>Complete handover: %1 → %2</source>
        <translation>Complete handover: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="130" />
        <source>Complete handover</source>
        <translation>Complete handover</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="134" />
        <source>ID card and purchase or lease contract checked</source>
        <translation>ID card and purchase or lease contract checked</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="143" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="160" />
        <source>e.g. crack in the living-room wall</source>
        <translation>e.g. crack in the living-room wall</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="162" />
        <source>Add defect</source>
        <translation>Add defect</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="165" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="174" />
        <source>Defects found at handover</source>
        <translation>Defects found at handover</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="178" />
        <source>Tick a defect that was put right on the spot; the others stay open for follow-up.</source>
        <translation>Tick a defect that was put right on the spot; the others stay open for follow-up.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="184" />
        <source>Booked for</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="185" />
        <source>Handover date</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="186" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="187" />
        <source>Keys handed over</source>
        <translation>Keys handed over</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="188" />
        <source>Water meter</source>
        <translation>Water meter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="189" />
        <source>Electricity meter</source>
        <translation>Electricity meter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="190" />
        <source>Gas meter</source>
        <translation>Gas meter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="191" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="192" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="132" />
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="132" />
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="133" />
        <source>e.g. parts on order, owner away until Monday</source>
        <translation>e.g. parts on order, owner away until Monday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="134" />
        <source>The SLA clock stops until the ticket is resumed.</source>
        <translation>The SLA clock stops until the ticket is resumed.</translation>
    </message>
</context>
<context>
    <name>HousingLabels</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="10" />
        <source>Load-bearing structure</source>
        <translation>Load-bearing structure</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="11" />
        <source>Facade</source>
        <translation>Facade</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="12" />
        <source>Waterproofing</source>
        <translation>Waterproofing</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="13" />
        <source>Working hours/noise</source>
        <translation>Working hours/noise</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="14" />
        <source>Debris</source>
        <translation>Debris</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="15" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="21" />
        <source>Booked (upcoming and overdue)</source>
        <translation>Booked (upcoming and overdue)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="22" />
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="23" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="24" />
        <source>With unrectified defects</source>
        <translation>With unrectified defects</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="25" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="26" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="27" />
        <location filename="../../crm_desktop/ui/housing/labels.py" line="33" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="34" />
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="35" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="36" />
        <source>Past planned end</source>
        <translation>Past planned end</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="37" />
        <source>With open violations</source>
        <translation>With open violations</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="38" />
        <source>Deposit not refunded</source>
        <translation>Deposit not refunded</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="44" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="45" />
        <source>Rectified</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="52" />
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="53" />
        <source>Start work…</source>
        <translation>Start work…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="54" />
        <source>Work finished…</source>
        <translation>Work finished…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="55" />
        <source>Accept…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="56" />
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="57" />
        <source>Cancel renovation…</source>
        <translation>Cancel renovation…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="63" />
        <source>Back to work…</source>
        <translation>Back to work…</translation>
    </message>
</context>
<context>
    <name>HousingPrinting</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/printing.py" line="42" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/printing.py" line="51" />
        <source>Writing %1</source>
        <translation>Writing %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/printing.py" line="66" />
        <source>PDF saved</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/printing.py" line="67" />
        <source>Saved to %1.
Open it now?</source>
        <translation>Saved to %1.
Open it now?</translation>
    </message>
</context>
<context>
    <name>HousingTab</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/housing_tab.py" line="32" />
        <source>Move-ins (handovers)</source>
        <translation>Move-ins (handovers)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/housing_tab.py" line="33" />
        <source>Renovations</source>
        <translation>Renovations</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="84" />
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="93" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="94" />
        <source>%1 rows read: %2 customers added, %3 updated, %4 occupancies and %5 units added.</source>
        <translation>%1 rows read: %2 customers added, %3 updated, %4 occupancies and %5 units added.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="110" />
        <source>Importing customers…</source>
        <translation>Importing customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="121" />
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="132" />
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="133" />
        <source>%1 rows written to %2 (personal data masked).</source>
        <translation>%1 rows written to %2 (personal data masked).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="143" />
        <source>Exporting customers…</source>
        <translation>Exporting customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="154" />
        <source>Save import template</source>
        <translation>Save import template</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="38" />
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="42" />
        <source>%1 has %2 problem(s). Fix them in the file and import it again; nothing was changed.</source>
        <translation>%1 has %2 problem(s). Fix them in the file and import it again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="48" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="48" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="48" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="48" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="59" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="323" />
        <source>Record an inspection · %1</source>
        <translation>Record an inspection · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="339" />
        <source>What was seen, where</source>
        <translation>What was seen, where</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="343" />
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="344" />
        <source>Inspected at</source>
        <translation>Inspected at</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="345" />
        <source>Inspector *</source>
        <translation>Inspector *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="346" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="347" />
        <source>Violation type</source>
        <translation>Violation type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="348" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="349" />
        <source>Rectify by</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="350" />
        <source>Deduct from deposit</source>
        <translation>Deduct from deposit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="351" />
        <source>Reason for deduction</source>
        <translation>Reason for deduction</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="147" />
        <source>Log contact with %1</source>
        <translation>Log contact with %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="157" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="158" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="159" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="160" />
        <source>Summary *</source>
        <translation>Summary *</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="10" />
        <location filename="../../crm_desktop/ui/labels.py" line="36" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="11" />
        <location filename="../../crm_desktop/ui/labels.py" line="37" />
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="12" />
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="13" />
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="19" />
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="20" />
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="26" />
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="27" />
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="28" />
        <source>Mainland travel permit (HK/Macau)</source>
        <translation>Mainland travel permit (HK/Macau)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="29" />
        <source>Mainland travel permit (Taiwan)</source>
        <translation>Mainland travel permit (Taiwan)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="30" />
        <location filename="../../crm_desktop/ui/labels.py" line="48" />
        <location filename="../../crm_desktop/ui/labels.py" line="65" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="38" />
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="44" />
        <source>Natural (relocation, sale, lease ended)</source>
        <translation>Natural (relocation, sale, lease ended)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="45" />
        <source>Dissatisfied with service</source>
        <translation>Dissatisfied with service</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="46" />
        <source>Moved to a competitor</source>
        <translation>Moved to a competitor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="47" />
        <source>Passive (eviction, arrears, breach)</source>
        <translation>Passive (eviction, arrears, breach)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="54" />
        <source>Move-in</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="55" />
        <source>Ownership transfer</source>
        <translation>Ownership transfer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="56" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="62" />
        <source>Residential</source>
        <translation>Residential</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="63" />
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="64" />
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="71" />
        <location filename="../../crm_desktop/ui/labels.py" line="149" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="72" />
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="73" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="74" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="75" />
        <location filename="../../crm_desktop/ui/labels.py" line="82" />
        <location filename="../../crm_desktop/ui/labels.py" line="150" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="81" />
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="83" />
        <source>Care visit</source>
        <translation>Care visit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="84" />
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="85" />
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="86" />
        <source>Community event</source>
        <translation>Community event</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="92" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="93" />
        <source>Living here</source>
        <translation>Living here</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="94" />
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="100" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="101" />
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="102" />
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="103" />
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="104" />
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="110" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="111" />
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="112" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="113" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="114" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="115" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="121" />
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="122" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="123" />
        <source>In progress</source>
        <comment>renovation</comment>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="124" />
        <source>Awaiting acceptance</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="125" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="126" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="127" />
        <location filename="../../crm_desktop/ui/labels.py" line="135" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="133" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="134" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="141" />
        <source>No problems</source>
        <translation>No problems</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="142" />
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="148" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="151" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="163" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="164" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="165" />
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="166" />
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/language_page.py" line="47" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/language_page.py" line="50" />
        <source>Interface &amp;language</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/language_page.py" line="51" />
        <source>Dates and numbers</source>
        <translation>Dates and numbers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/language_page.py" line="59" />
        <source>The new language applies at once to every open window and is remembered on this computer. The open tabs are reloaded; finish and save any form first. Starting the program with --lang overrides this choice.</source>
        <translation>The new language applies at once to every open window and is remembered on this computer. The open tabs are reloaded; finish and save any form first. Starting the program with --lang overrides this choice.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/language_page.py" line="71" />
        <source>An import, export or other work is still running; switch the language when it has finished.</source>
        <translation>An import, export or other work is still running; switch the language when it has finished.</translation>
    </message>
</context>
<context>
    <name>LazyIdModel</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="200" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="51" />
        <source>Log in — Property CRM Desktop</source>
        <translation>Log in — Property CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="104" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="66" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="67" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="71" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="72" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="106" />
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="138" />
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="36" />
        <source>Property CRM Desktop</source>
        <translation>Property CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="43" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="46" />
        <source>Complaints and service</source>
        <translation>Complaints and service</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="47" />
        <source>Satisfaction surveys</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="44" />
        <source>Customer archives</source>
        <translation>Customer archives</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="45" />
        <source>Move-in / renovation</source>
        <translation>Move-in / renovation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="54" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="55" />
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="80" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="81" />
        <source>&amp;Import customers…</source>
        <translation>&amp;Import customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="84" />
        <source>&amp;Export customers…</source>
        <translation>&amp;Export customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="86" />
        <source>Save customer import &amp;template…</source>
        <translation>Save customer import &amp;template…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="88" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="92" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="102" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="103" />
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="107" />
        <source>&amp;Find customer</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="113" />
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="114" />
        <source>&amp;Monthly reports…</source>
        <translation>&amp;Monthly reports…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="119" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="120" />
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="123" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="63" />
        <source>Monthly reports</source>
        <translation>Monthly reports</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="70" />
        <source>Satisfaction report (满意度月报)</source>
        <translation>Satisfaction report (满意度月报)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="71" />
        <source>Retention report (客户保持月报)</source>
        <translation>Retention report (客户保持月报)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="87" />
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="90" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="92" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="94" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="100" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="100" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="101" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="107" />
        <source>Choose a report and a month, then Generate.</source>
        <translation>Choose a report and a month, then Generate.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="142" />
        <source>The preview shows another report or month; Generate to see this one.</source>
        <translation>The preview shows another report or month; Generate to see this one.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="150" />
        <source>Generating…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="166" />
        <source>The report was not generated.</source>
        <translation>The report was not generated.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="172" />
        <source>Generating the report</source>
        <translation>Generating the report</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="186" />
        <source>%1 for %2: %3 pages</source>
        <translation>%1 for %2: %3 pages</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="219" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="219" />
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="233" />
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="236" />
        <source>Preparing the pages for printing</source>
        <translation>Preparing the pages for printing</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="246" />
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="264" />
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="247" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="265" />
        <source>The report cannot be saved as %1:
%2

Choose another folder.</source>
        <translation>The report cannot be saved as %1:
%2

Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="272" />
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>MoveInDetailView</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="52" />
        <source>Select a handover to see it here.</source>
        <translation>Select a handover to see it here.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="58" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="59" />
        <source>Booked for</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="60" />
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="61" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="62" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="63" />
        <source>Meter readings</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="64" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="65" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="76" />
        <source>Defect</source>
        <translation>Defect</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="76" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="76" />
        <source>Rectified on</source>
        <translation>Rectified on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="87" />
        <source>Add defect…</source>
        <translation>Add defect…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="88" />
        <source>Mark rectified…</source>
        <translation>Mark rectified…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="93" />
        <source>Defects found at handover</source>
        <translation>Defects found at handover</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="99" />
        <source>Unit history</source>
        <translation>Unit history</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="125" />
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="126" />
        <source>electricity</source>
        <translation>electricity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="127" />
        <source>gas</source>
        <translation>gas</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="136" />
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="136" />
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="69" />
        <source>Move in: %1</source>
        <translation>Move in: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="74" />
        <source>Unit *</source>
        <translation>Unit *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="75" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="76" />
        <source>Move-in date</source>
        <translation>Move-in date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="81" />
        <source>Pick the unit from the list</source>
        <translation>Pick the unit from the list</translation>
    </message>
</context>
<context>
    <name>MoveInTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="44" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="45" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="46" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="47" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="49" />
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="50" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="51" />
        <source>Open defects</source>
        <translation>Open defects</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="62" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>MoveInsView</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="194" />
        <source>Search unit, customer name or pinyin</source>
        <translation>Search unit, customer name or pinyin</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="207" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="212" />
        <source>Schedule handover…</source>
        <translation>Schedule handover…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="213" />
        <source>Change booking…</source>
        <translation>Change booking…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="214" />
        <source>Complete handover…</source>
        <translation>Complete handover…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="215" />
        <source>Cancel handover…</source>
        <translation>Cancel handover…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="269" />
        <source>Upcoming: %1</source>
        <translation>Upcoming: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="270" />
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="271" />
        <source>Unrectified defects: %1</source>
        <translation>Unrectified defects: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="283" />
        <source>%1 handovers</source>
        <translation>%1 handovers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="389" />
        <source>Defect rectified</source>
        <translation>Defect rectified</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="390" />
        <source>Rectified on</source>
        <translation>Rectified on</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="124" />
        <source>Move out of %1</source>
        <translation>Move out of %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="131" />
        <source>Move-out date</source>
        <translation>Move-out date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="132" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="133" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="125" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="126" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="127" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="128" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="129" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="133" />
        <source>At least %1 characters. The user must choose a new password at the next login.</source>
        <translation>At least %1 characters. The user must choose a new password at the next login.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="141" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="142" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="155" />
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="25" />
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="26" />
        <source>This database is new. Three short steps prepare it for your office.</source>
        <translation>This database is new. Three short steps prepare it for your office.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="29" />
        <source>e.g. Sunshine Garden Property Service Centre</source>
        <translation>e.g. Sunshine Garden Property Service Centre</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="32" />
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="34" />
        <source>The office name appears on every report and on the login window.</source>
        <translation>The office name appears on every report and on the login window.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="82" />
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="85" />
        <source>Only a manager or an administrator may change the office settings.</source>
        <translation>Only a manager or an administrator may change the office settings.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="86" />
        <source>Office &amp;name</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="86" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="86" />
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="86" />
        <source>Report &amp;signatory</source>
        <translation>Report &amp;signatory</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="87" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="90" />
        <source>e.g. Sunshine Garden property service centre</source>
        <translation>e.g. Sunshine Garden property service centre</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="91" />
        <source>e.g. the customer-service supervisor who signs the reports</source>
        <translation>e.g. the customer-service supervisor who signs the reports</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="92" />
        <source>Choose picture…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="93" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="95" />
        <source>The monthly reports, permits and inspection records print this header. Every desk that shares the database prints the same one.</source>
        <translation>The monthly reports, permits and inspection records print this header. Every desk that shares the database prints the same one.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="109" />
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="109" />
        <source>The logo cannot be shown</source>
        <translation>The logo cannot be shown</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="115" />
        <source>Choose the office logo</source>
        <translation>Choose the office logo</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="115" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="125" />
        <source>%1 is larger than 2 MB; choose a smaller picture</source>
        <translation>%1 is larger than 2 MB; choose a smaller picture</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="129" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="136" />
        <source>%1 is not a picture the program can read</source>
        <translation>%1 is not a picture the program can read</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/qt_strings.py" line="14" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/qt_strings.py" line="15" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/qt_strings.py" line="17" />
        <source>Page &amp;order:</source>
        <translation>Page &amp;order:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/qt_strings.py" line="18" />
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;per sheet:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../crm_desktop/ui/qt_strings.py" line="16" />
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="60" />
        <source>Edit question</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="60" />
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="70" />
        <source>One option per line</source>
        <translation>One option per line</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="71" />
        <source>The respondent must answer this question</source>
        <translation>The respondent must answer this question</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="73" />
        <source>Question type</source>
        <translation>Question type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="74" />
        <source>SERVQUAL dimension</source>
        <translation>SERVQUAL dimension</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="75" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="76" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="80" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="81" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="87" />
        <source>This question already has answers: its type and dimension stay as they are.</source>
        <translation>This question already has answers: its type and dimension stay as they are.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="124" />
        <source>Write the question as it is printed on the questionnaire.</source>
        <translation>Write the question as it is printed on the questionnaire.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="128" />
        <source>A choice question needs at least two options.</source>
        <translation>A choice question needs at least two options.</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="95" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="96" />
        <source>Question type</source>
        <translation>Question type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="97" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="98" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="99" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="100" />
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="138" />
        <source>Already answered: the question cannot be removed and its type cannot change.</source>
        <translation>Already answered: the question cannot be removed and its type cannot change.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="424" />
        <source>Refund the deposit · %1</source>
        <translation>Refund the deposit · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="429" />
        <source>Deposit received</source>
        <translation>Deposit received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="430" />
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="431" />
        <source>Proposed refund</source>
        <translation>Proposed refund</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="432" />
        <source>Refund amount *</source>
        <translation>Refund amount *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="433" />
        <source>Refund date</source>
        <translation>Refund date</translation>
    </message>
</context>
<context>
    <name>RenovationDetailView</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="71" />
        <source>Select a renovation to see it here.</source>
        <translation>Select a renovation to see it here.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="76" />
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="236" />
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="94" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="95" />
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="96" />
        <source>Contractor phone</source>
        <translation>Contractor phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="97" />
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="98" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="99" />
        <source>Work finished</source>
        <translation>Work finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="105" />
        <source>Deposit received</source>
        <translation>Deposit received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="106" />
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="107" />
        <source>Proposed refund</source>
        <translation>Proposed refund</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="108" />
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="109" />
        <source>Open violations</source>
        <translation>Open violations</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="131" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="132" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="133" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="134" />
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="135" />
        <source>Rectify by</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="136" />
        <source>Rectified</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="137" />
        <source>Deducted</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="138" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="145" />
        <source>Record inspection…</source>
        <translation>Record inspection…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="146" />
        <source>Violation rectified…</source>
        <translation>Violation rectified…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="147" />
        <source>Print inspection record…</source>
        <translation>Print inspection record…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="159" />
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="159" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="159" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="164" />
        <source>Add deduction…</source>
        <translation>Add deduction…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="165" />
        <source>Remove deduction</source>
        <translation>Remove deduction</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="166" />
        <source>Refund deposit…</source>
        <translation>Refund deposit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="183" />
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="184" />
        <source>Deposit and deductions</source>
        <translation>Deposit and deductions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="185" />
        <source>Unit history</source>
        <translation>Unit history</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="186" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="234" />
        <source>Finished: the status no longer changes.</source>
        <translation>Finished: the status no longer changes.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="240" />
        <source>(past the planned end)</source>
        <translation>(past the planned end)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="244" />
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="268" />
        <source>Scope: %1</source>
        <translation>Scope: %1</translation>
    </message>
</context>
<context>
    <name>RenovationDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="69" />
        <source>New renovation</source>
        <translation>New renovation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="71" />
        <source>Edit renovation %1</source>
        <translation>Edit renovation %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="80" />
        <source>— not in the archive —</source>
        <translation>— not in the archive —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="89" />
        <source>e.g. kitchen and bathroom refit, new flooring, no structural changes</source>
        <translation>e.g. kitchen and bathroom refit, new flooring, no structural changes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="99" />
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="102" />
        <source>Permit number *</source>
        <translation>Permit number *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="100" />
        <source>Unit *</source>
        <translation>Unit *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="103" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="110" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="113" />
        <source>Owner in the archive</source>
        <translation>Owner in the archive</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="114" />
        <source>Applicant *</source>
        <translation>Applicant *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="115" />
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="116" />
        <source>Contractor phone</source>
        <translation>Contractor phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="117" />
        <source>Scope of work</source>
        <translation>Scope of work</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="118" />
        <source>Application date</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="119" />
        <source>Planned period</source>
        <translation>Planned period</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="120" />
        <source>Deposit received</source>
        <translation>Deposit received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="121" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="147" />
        <source>The deposit has been refunded; the amount received can no longer change.</source>
        <translation>The deposit has been refunded; the amount received can no longer change.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="180" />
        <source>Pick the unit from the list</source>
        <translation>Pick the unit from the list</translation>
    </message>
</context>
<context>
    <name>RenovationTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="125" />
        <source>Permit number</source>
        <translation>Permit number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="126" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="127" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="128" />
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="129" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="130" />
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="131" />
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="132" />
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="133" />
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="134" />
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="135" />
        <source>Open violations</source>
        <translation>Open violations</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="161" />
        <source>Past the planned end and not finished</source>
        <translation>Past the planned end and not finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="163" />
        <source>Refunded on %1</source>
        <translation>Refunded on %1</translation>
    </message>
</context>
<context>
    <name>RenovationsView</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="335" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="339" />
        <source>Search permit number, unit, applicant, contractor</source>
        <translation>Search permit number, unit, applicant, contractor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="349" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="355" />
        <source>New renovation…</source>
        <translation>New renovation…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="356" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="357" />
        <source>Print permit…</source>
        <translation>Print permit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="417" />
        <source>In progress: %1</source>
        <translation>In progress: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="418" />
        <source>Past planned end: %1</source>
        <translation>Past planned end: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="419" />
        <source>Open violations: %1</source>
        <translation>Open violations: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="420" />
        <source>Deposits not refunded: %1</source>
        <translation>Deposits not refunded: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="428" />
        <source>Accepted, rejected or cancelled renovations whose deposit is still held</source>
        <translation>Accepted, rejected or cancelled renovations whose deposit is still held</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="431" />
        <source>Approved or in progress although the planned end has passed</source>
        <translation>Approved or in progress although the planned end has passed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="437" />
        <source>%1 renovations</source>
        <translation>%1 renovations</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="539" />
        <source>Violation rectified</source>
        <translation>Violation rectified</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="540" />
        <source>Rectified on</source>
        <translation>Rectified on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="558" />
        <source>Remove deduction</source>
        <translation>Remove deduction</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="559" />
        <source>Remove the deduction of %1 (%2)?</source>
        <translation>Remove the deduction of %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="589" />
        <source>Save renovation permit</source>
        <translation>Save renovation permit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="602" />
        <source>Save inspection record</source>
        <translation>Save inspection record</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="232" />
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="232" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="146" />
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="146" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="148" />
        <source>A call-back to the owner will be scheduled.</source>
        <translation>A call-back to the owner will be scheduled.</translation>
    </message>
</context>
<context>
    <name>ResponseEntryForm</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="211" />
        <source>The date written on the questionnaire</source>
        <translation>The date written on the questionnaire</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="216" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="218" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="220" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="227" />
        <source>Owner: unit code (1202, 3栋-2单元-1202), name, pinyin initials (zs) or phone digits</source>
        <translation>Owner: unit code (1202, 3栋-2单元-1202), name, pinyin initials (zs) or phone digits</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="230" />
        <source>Unit of the anonymous questionnaire (optional)</source>
        <translation>Unit of the anonymous questionnaire (optional)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="239" />
        <source>&amp;Anonymous</source>
        <translation>&amp;Anonymous</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="240" />
        <source>No name on the questionnaire (Alt+A); give the unit if it is known</source>
        <translation>No name on the questionnaire (Alt+A); give the unit if it is known</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="244" />
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="286" />
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="264" />
        <source>Save and next (Enter)</source>
        <translation>Save and next (Enter)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="266" />
        <source>Clear form</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="269" />
        <source>Tab: next field · Enter: save and start the next questionnaire</source>
        <translation>Tab: next field · Enter: save and start the next questionnaire</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="286" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="286" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="286" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="286" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="300" />
        <source>Delete selected response</source>
        <translation>Delete selected response</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="307" />
        <source>Entered this session</source>
        <translation>Entered this session</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="352" />
        <source>Your role may only read records: responses cannot be entered.</source>
        <translation>Your role may only read records: responses cannot be entered.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="355" />
        <source>No campaign is open for entry. On the Campaigns page, set a campaign's status to Open.</source>
        <translation>No campaign is open for entry. On the Campaigns page, set a campaign's status to Open.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="390" />
        <source>Expectation</source>
        <translation>Expectation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="393" />
        <source>Perception</source>
        <translation>Perception</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="410" />
        <source>Copy the comment as written (Enter saves)</source>
        <translation>Copy the comment as written (Enter saves)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="509" />
        <source>Pick the respondent from the list (Enter takes the first), or clear the field.</source>
        <translation>Pick the respondent from the list (Enter takes the first), or clear the field.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="571" />
        <source>Entered this session: %1</source>
        <translation>Entered this session: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="584" />
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="598" />
        <source>(anonymous)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="595" />
        <source>Delete response</source>
        <translation>Delete response</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="596" />
        <source>Delete questionnaire %1 (%2)? Use this for a questionnaire entered by mistake.</source>
        <translation>Delete questionnaire %1 (%2)? Use this for a questionnaire entered by mistake.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="67" />
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="73" />
        <source>Replace all data in the database with this backup?</source>
        <translation>Replace all data in the database with this backup?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="84" />
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="93" />
        <source>%1 customers, %2 tickets</source>
        <translation>%1 customers, %2 tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="86" />
        <source>Backup file:</source>
        <translation>Backup file:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="87" />
        <source>Backup made:</source>
        <translation>Backup made:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="88" />
        <source>Last change in it:</source>
        <translation>Last change in it:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="89" />
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="90" />
        <source>It holds:</source>
        <translation>It holds:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="97" />
        <source>The database now holds:</source>
        <translation>The database now holds:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="101" />
        <source>Everything entered after the backup was made disappears from the database. A copy of the current database is kept first, next to it in %1, named %2.</source>
        <translation>Everything entered after the backup was made disappears from the database. A copy of the current database is kept first, next to it in %1, named %2.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="109" />
        <source>After the restore the program reopens the database.</source>
        <translation>After the restore the program reopens the database.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="112" />
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="113" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="314" />
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="428" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="315" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="324" />
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="325" />
        <source>Last day of the period (included)</source>
        <translation>Last day of the period (included)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="328" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="329" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="330" />
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="331" />
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="332" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="333" />
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="338" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="346" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="350" />
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="387" />
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="352" />
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="387" />
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="359" />
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="387" />
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="360" />
        <source>NPS (net promoter score)</source>
        <translation>NPS (net promoter score)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="361" />
        <source>CSAT (satisfied, 4–5 of 5)</source>
        <translation>CSAT (satisfied, 4–5 of 5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="362" />
        <source>Satisfaction index C = b/a</source>
        <translation>Satisfaction index C = b/a</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="369" />
        <source>SERVQUAL dimension</source>
        <translation>SERVQUAL dimension</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="369" />
        <source>Expectation</source>
        <translation>Expectation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="369" />
        <source>Perception</source>
        <translation>Perception</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="369" />
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="370" />
        <source>C = b/a</source>
        <translation>C = b/a</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="370" />
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="381" />
        <source>SERVQUAL: expectation (a), perception (b), gap and C = b/a</source>
        <translation>SERVQUAL: expectation (a), perception (b), gap and C = b/a</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="387" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="388" />
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="388" />
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="388" />
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="388" />
        <source>Detractors %</source>
        <translation>Detractors %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="389" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="389" />
        <source>CSAT mean</source>
        <translation>CSAT mean</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="398" />
        <source>By building</source>
        <translation>By building</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="399" />
        <source>By community</source>
        <translation>By community</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="405" />
        <source>NPS and CSAT by community and building: where the detractors live</source>
        <translation>NPS and CSAT by community and building: where the detractors live</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="428" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="428" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="428" />
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="428" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="441" />
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="442" />
        <source>Answer distributions</source>
        <translation>Answer distributions</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="443" />
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="487" />
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="499" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="587" />
        <source>There are no campaigns yet.</source>
        <translation>There are no campaigns yet.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="601" />
        <source>The newest %1 of %2 comments</source>
        <translation>The newest %1 of %2 comments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="604" />
        <source>%1 comments</source>
        <translation>%1 comments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="625" />
        <source>All responses of the campaign</source>
        <translation>All responses of the campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="628" />
        <source>Responses from %1 to %2 (all campaigns)</source>
        <translation>Responses from %1 to %2 (all campaigns)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="643" />
        <source>Promoters %1 · Passives %2 · Detractors %3 (of %4 answers)</source>
        <translation>Promoters %1 · Passives %2 · Detractors %3 (of %4 answers)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="652" />
        <source>Mean %1 of 5 (%2 answers)</source>
        <translation>Mean %1 of 5 (%2 answers)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="659" />
        <source>Perception / expectation over all SERVQUAL answers; below 1.00 expectations are not met.</source>
        <translation>Perception / expectation over all SERVQUAL answers; below 1.00 expectations are not met.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="698" />
        <source>Expectation (a)</source>
        <translation>Expectation (a)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="699" />
        <source>Perception (b)</source>
        <translation>Perception (b)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="735" />
        <source>(no unit given)</source>
        <translation>(no unit given)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="757" />
        <source>(anonymous)</source>
        <translation>(anonymous)</translation>
    </message>
</context>
<context>
    <name>ScheduleMoveInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="64" />
        <source>Schedule a handover</source>
        <translation>Schedule a handover</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="64" />
        <source>Change handover booking</source>
        <translation>Change handover booking</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="74" />
        <source>e.g. bring ID card and purchase contract</source>
        <translation>e.g. bring ID card and purchase contract</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="76" />
        <source>Unit *</source>
        <translation>Unit *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="77" />
        <source>Customer *</source>
        <translation>Customer *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="78" />
        <source>Add the customer in the customer archives first if they are not there yet.</source>
        <translation>Add the customer in the customer archives first if they are not there yet.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="83" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="84" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="88" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="89" />
        <source>Handover booked for</source>
        <translation>Handover booked for</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="90" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="91" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="108" />
        <source>Pick the unit from the list</source>
        <translation>Pick the unit from the list</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="110" />
        <source>Pick the customer from the list</source>
        <translation>Pick the customer from the list</translation>
    </message>
</context>
<context>
    <name>ScoreEdit</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="144" />
        <source>Scores here are %1 to %2.</source>
        <translation>Scores here are %1 to %2.</translation>
    </message>
</context>
<context>
    <name>ServiceLabels</name>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="28" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="29" />
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="30" />
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="31" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="32" />
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="33" />
        <source>Owners' meeting</source>
        <translation>Owners' meeting</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="34" />
        <location filename="../../crm_desktop/ui/service/labels.py" line="49" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="40" />
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="41" />
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="42" />
        <source>Repairs and facilities</source>
        <translation>Repairs and facilities</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="43" />
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="44" />
        <source>Noise</source>
        <translation>Noise</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="45" />
        <source>Greenery</source>
        <translation>Greenery</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="46" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="47" />
        <source>Staff attitude</source>
        <translation>Staff attitude</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="48" />
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="55" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="56" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="57" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="58" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="64" />
        <source>Round the clock</source>
        <translation>Round the clock</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="65" />
        <source>Office hours</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="71" />
        <source>Direct observation</source>
        <translation>Direct observation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="72" />
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="73" />
        <source>Skill test</source>
        <translation>Skill test</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="74" />
        <source>Combined</source>
        <translation>Combined</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="80" />
        <source>Business skill</source>
        <translation>Business skill</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="81" />
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="82" />
        <source>Service attitude</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="83" />
        <source>Work enthusiasm</source>
        <translation>Work enthusiasm</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="84" />
        <source>Team spirit</source>
        <translation>Team spirit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="91" />
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="92" />
        <source>Commun.</source>
        <translation>Commun.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="93" />
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="94" />
        <source>Enthus.</source>
        <translation>Enthus.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="95" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="102" />
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="103" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="104" />
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="105" />
        <source>Work started</source>
        <translation>Work started</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="106" />
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="107" />
        <source>Resumed</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="108" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="109" />
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="110" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="111" />
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="112" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="113" />
        <source>Severity changed</source>
        <translation>Severity changed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="114" />
        <source>Details changed</source>
        <translation>Details changed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="115" />
        <source>Linked to incident</source>
        <translation>Linked to incident</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="116" />
        <source>Unlinked from incident</source>
        <translation>Unlinked from incident</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="117" />
        <source>Manager's flag cleared</source>
        <translation>Manager's flag cleared</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="124" />
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="125" />
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="126" />
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="127" />
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="128" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="129" />
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="130" />
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="131" />
        <source>received time</source>
        <translation>received time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="137" />
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="138" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="139" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="140" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="141" />
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="142" />
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="143" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="144" />
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="30" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="30" />
        <source>Respond within</source>
        <translation>Respond within</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="30" />
        <source>Resolve within</source>
        <translation>Resolve within</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="30" />
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="74" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="77" />
        <source>Time limits (SLA) and holiday calendar</source>
        <translation>Time limits (SLA) and holiday calendar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="78" />
        <source>Change SLA and holiday calendar…</source>
        <translation>Change SLA and holiday calendar…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="79" />
        <source>Show SLA and holiday calendar…</source>
        <translation>Show SLA and holiday calendar…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="80" />
        <source>Ticket categories</source>
        <translation>Ticket categories</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="82" />
        <source>The categories are the fixed list of the import and export files (类别 column), so that spreadsheets from every office read the same. They cannot be changed in this version.</source>
        <translation>The categories are the fixed list of the import and export files (类别 column), so that spreadsheets from every office read the same. They cannot be changed in this version.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="97" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="109" />
        <source>Office hours %1–%2; call back within %3 days.</source>
        <translation>Office hours %1–%2; call back within %3 days.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="117" />
        <source>Holiday calendar: %1 days entered for %2, %3 for %4.</source>
        <translation>Holiday calendar: %1 days entered for %2, %3 for %4.</translation>
    </message>
</context>
<context>
    <name>ServiceTab</name>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="82" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="86" />
        <source>Call-backs</source>
        <translation>Call-backs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="89" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="99" />
        <source>Search ticket no., title, customer (name, pinyin, phone), unit</source>
        <translation>Search ticket no., title, customer (name, pinyin, phone), unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="108" />
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="109" />
        <source>Flagged for manager</source>
        <translation>Flagged for manager</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="125" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="126" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="127" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="128" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="134" />
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="135" />
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="136" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="145" />
        <source>&amp;New ticket</source>
        <translation>&amp;New ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="146" />
        <source>Take a phone call, visit or message as a ticket (Ctrl+T)</source>
        <translation>Take a phone call, visit or message as a ticket (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="148" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="150" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="151" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="152" />
        <source>SLA and calendar…</source>
        <translation>SLA and calendar…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="195" />
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="197" />
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="198" />
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="199" />
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="202" />
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="204" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="195" />
        <source>Open (not resolved)</source>
        <translation>Open (not resolved)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="200" />
        <source>(team)</source>
        <translation>(team)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="248" />
        <source>%1 tickets</source>
        <translation>%1 tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="250" />
        <source>%1 overdue in all</source>
        <translation>%1 overdue in all</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="426" />
        <source>Delete ticket</source>
        <translation>Delete ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="427" />
        <source>Delete ticket %1 (%2) and its history? This cannot be undone.</source>
        <translation>Delete ticket %1 (%2) and its history? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="452" />
        <source>Low call-back score</source>
        <translation>Low call-back score</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="453" />
        <source>The owner gave %1 out of 5. The ticket is flagged for the manager.

Reopen it now so that the problem is dealt with again?</source>
        <translation>The owner gave %1 out of 5. The ticket is flagged for the manager.

Reopen it now so that the problem is dealt with again?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="457" />
        <source>Call-back scored %1/5</source>
        <translation>Call-back scored %1/5</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="223" />
        <source>unknown customer type; use one of {choices}</source>
        <translation>unknown customer type; use one of {choices}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="231" />
        <source>unknown gender; use 男 or 女</source>
        <translation>unknown gender; use 男 or 女</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="239" />
        <source>unknown ID type; use one of {choices}</source>
        <translation>unknown ID type; use one of {choices}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="316" />
        <location filename="../../crm_desktop/services/survey_io.py" line="198" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="213" />
        <source>the cell has {length} characters, more than {limit}</source>
        <translation>the cell has {length} characters, more than {limit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="350" />
        <location filename="../../crm_desktop/services/customer_io.py" line="363" />
        <location filename="../../crm_desktop/services/customer_io.py" line="416" />
        <location filename="../../crm_desktop/services/survey_io.py" line="218" />
        <location filename="../../crm_desktop/services/survey_io.py" line="223" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="232" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="250" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="271" />
        <source>{column} is required</source>
        <translation>{column} is required</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="352" />
        <location filename="../../crm_desktop/services/customer_io.py" line="418" />
        <location filename="../../crm_desktop/services/customer_io.py" line="429" />
        <location filename="../../crm_desktop/services/survey_io.py" line="220" />
        <location filename="../../crm_desktop/services/survey_io.py" line="263" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="273" />
        <source>longer than {limit} characters</source>
        <translation>longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="360" />
        <source>is not a number</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="365" />
        <source>is more than a year in the future</source>
        <translation>is more than a year in the future</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="371" />
        <source>move-out date {end} is before the move-in date {start}</source>
        <translation>move-out date {end} is before the move-in date {start}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="383" />
        <source>unknown move-out reason; use one of {choices}</source>
        <translation>unknown move-out reason; use one of {choices}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="388" />
        <source>a move-out reason needs a 迁出日期</source>
        <translation>a move-out reason needs a 迁出日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="402" />
        <location filename="../../crm_desktop/services/survey_io.py" line="236" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="261" />
        <source>the year {year} is impossible</source>
        <translation>the year {year} is impossible</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="420" />
        <source>mobile phone {problem}</source>
        <translation>mobile phone {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="423" />
        <source>ID number {problem}</source>
        <translation>ID number {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="425" />
        <location filename="../../crm_desktop/services/survey_io.py" line="269" />
        <source>phone {problem}</source>
        <translation>phone {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="489" />
        <source>the same ID number is on row {row} for {name}</source>
        <translation>the same ID number is on row {row} for {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="688" />
        <source>this ID number belongs to the customer {name} (#{id}) in the archive</source>
        <translation>this ID number belongs to the customer {name} (#{id}) in the archive</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="747" />
        <source>row {row} gives the same customer another ID number</source>
        <translation>row {row} gives the same customer another ID number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="835" />
        <source>row {row} has the same occupancy with another move-out</source>
        <translation>row {row} has the same occupancy with another move-out</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="877" />
        <source>{name} already lives in this unit from {start} ({until}) at that time</source>
        <translation>{name} already lives in this unit from {start} ({until}) at that time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="897" />
        <location filename="../../crm_desktop/services/survey_io.py" line="473" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="542" />
        <location filename="../../crm_desktop/services/uow.py" line="102" />
        <source>Your role may only read records</source>
        <translation>Your role may only read records</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="914" />
        <location filename="../../crm_desktop/services/survey_io.py" line="507" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="556" />
        <source>Comparing with the archive</source>
        <translation>Comparing with the archive</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="936" />
        <source>Someone else added the same units or customers while the file was imported; nothing was imported. Import the file again.</source>
        <translation>Someone else added the same units or customers while the file was imported; nothing was imported. Import the file again.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="953" />
        <location filename="../../crm_desktop/services/customer_io.py" line="957" />
        <location filename="../../crm_desktop/services/survey_io.py" line="497" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="511" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="531" />
        <source>Checking rows</source>
        <translation>Checking rows</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="988" />
        <location filename="../../crm_desktop/services/survey_io.py" line="637" />
        <location filename="../../crm_desktop/services/survey_io.py" line="675" />
        <location filename="../../crm_desktop/services/survey_io.py" line="706" />
        <location filename="../../crm_desktop/services/survey_io.py" line="708" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="634" />
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="1356" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="781" />
        <source>Your role may not export unmasked ID numbers and phones</source>
        <translation>Your role may not export unmasked ID numbers and phones</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="49" />
        <location filename="../../crm_desktop/services/housing.py" line="86" />
        <location filename="../../crm_desktop/services/staff.py" line="137" />
        <location filename="../../crm_desktop/services/tickets.py" line="382" />
        <source>{label} is required</source>
        <translation>{label} is required</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="57" />
        <source>{label} {value} is not an amount</source>
        <translation>{label} {value} is not an amount</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="63" />
        <source>{label} {value} has more than two decimal places</source>
        <translation>{label} {value} has more than two decimal places</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="71" />
        <source>{label} cannot be negative</source>
        <translation>{label} cannot be negative</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="74" />
        <source>{label} is too large</source>
        <translation>{label} is too large</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="158" />
        <source>Name is required</source>
        <translation>Name is required</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="160" />
        <source>Name is longer than 100 characters</source>
        <translation>Name is longer than 100 characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="163" />
        <source>Unknown customer type {value!r}</source>
        <translation>Unknown customer type {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="168" />
        <source>Unknown gender {value!r}</source>
        <translation>Unknown gender {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="172" />
        <source>Unknown ID type {value!r}</source>
        <translation>Unknown ID type {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="178" />
        <source>Mobile phone {value}: {problem}</source>
        <translation>Mobile phone {value}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="185" />
        <source>Second phone</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="186" />
        <source>Emergency contact phone</source>
        <translation>Emergency contact phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="192" />
        <source>{label} {value}: {problem}</source>
        <translation>{label} {value}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="202" />
        <source>E-mail {value} is not an e-mail address</source>
        <translation>E-mail {value} is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="206" />
        <source>Unknown contact channel {value!r}</source>
        <translation>Unknown contact channel {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="218" />
        <location filename="../../crm_desktop/services/housing.py" line="89" />
        <location filename="../../crm_desktop/services/staff.py" line="142" />
        <location filename="../../crm_desktop/services/structure.py" line="77" />
        <location filename="../../crm_desktop/services/tickets.py" line="387" />
        <source>{label} is longer than {limit} characters</source>
        <translation>{label} is longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="225" />
        <source>Tags are longer than 500 characters in all</source>
        <translation>Tags are longer than 500 characters in all</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="234" />
        <source>ID number: {problem}</source>
        <translation>ID number: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="240" />
        <source>Birthday {birthday} does not match the ID number ({born})</source>
        <translation>Birthday {birthday} does not match the ID number ({born})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="250" />
        <source>ID number must be 4–40 letters or digits</source>
        <translation>ID number must be 4–40 letters or digits</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="253" />
        <source>Birthday is in the future</source>
        <translation>Birthday is in the future</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="411" />
        <source>Birthday does not match the ID number on file</source>
        <translation>Birthday does not match the ID number on file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="575" />
        <source>Your role may not see ID numbers in clear</source>
        <translation>Your role may not see ID numbers in clear</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="102" />
        <source>{label} {date} is too far in the past</source>
        <translation>{label} {date} is too far in the past</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="110" />
        <source>{label} {date} is in the future</source>
        <translation>{label} {date} is in the future</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="146" />
        <source>Unit #{id} does not exist (it may have been deleted)</source>
        <translation>Unit #{id} does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="616" />
        <location filename="../../crm_desktop/services/housing.py" line="156" />
        <source>Customer #{id} does not exist (it may have been deleted)</source>
        <translation>Customer #{id} does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="168" />
        <location filename="../../crm_desktop/services/staff.py" line="263" />
        <location filename="../../crm_desktop/services/tickets.py" line="634" />
        <location filename="../../crm_desktop/services/timeline.py" line="75" />
        <source>Staff member #{id} does not exist</source>
        <translation>Staff member #{id} does not exist</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="33" />
        <source>Manager visits in person to hear what would change their mind</source>
        <translation>Manager visits in person to hear what would change their mind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="34" />
        <source>Escalate the overdue complaint and call with a date</source>
        <translation>Escalate the overdue complaint and call with a date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="35" />
        <source>Review the complaints together and agree on one fix</source>
        <translation>Review the complaints together and agree on one fix</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="36" />
        <source>Call back again within two days and reopen if needed</source>
        <translation>Call back again within two days and reopen if needed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="37" />
        <source>Send a care visit and ask what to improve</source>
        <translation>Send a care visit and ask what to improve</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="48" />
        <source>Month {value} is not in the form YYYY-MM</source>
        <translation>Month {value} is not in the form YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="172" />
        <source>Handover #{id} does not exist (it may have been deleted)</source>
        <translation>Handover #{id} does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="188" />
        <source>This handover was already completed on {date}</source>
        <translation>This handover was already completed on {date}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="195" />
        <source>This handover was cancelled; schedule a new one</source>
        <translation>This handover was cancelled; schedule a new one</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="202" />
        <source>Unknown occupancy role {role}</source>
        <translation>Unknown occupancy role {role}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="207" />
        <source>Scheduled handover date</source>
        <translation>Scheduled handover date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="212" />
        <source>Scheduled handover date {date} is too far ahead</source>
        <translation>Scheduled handover date {date} is too far ahead</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="247" />
        <source>{customer} already has a handover of {unit} booked for {date}</source>
        <translation>{customer} already has a handover of {unit} booked for {date}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="257" />
        <location filename="../../crm_desktop/services/move_ins.py" line="373" />
        <source>{customer} already lives in {unit}; there is nothing to hand over</source>
        <translation>{customer} already lives in {unit}; there is nothing to hand over</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="305" />
        <location filename="../../crm_desktop/services/tickets.py" line="662" />
        <location filename="../../crm_desktop/services/tickets.py" line="777" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="320" />
        <source>Handover date</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="324" />
        <source>Check the documents (ID card, purchase or lease contract) before handing over</source>
        <translation>Check the documents (ID card, purchase or lease contract) before handing over</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="332" />
        <source>Keys handed over must be between 0 and {max}</source>
        <translation>Keys handed over must be between 0 and {max}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="338" />
        <source>Water meter reading</source>
        <translation>Water meter reading</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="339" />
        <source>Electricity meter reading</source>
        <translation>Electricity meter reading</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="340" />
        <source>Gas meter reading</source>
        <translation>Gas meter reading</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="348" />
        <location filename="../../crm_desktop/services/move_ins.py" line="410" />
        <source>Defect description</source>
        <translation>Defect description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="354" />
        <source>Defect {defect}: rectified on {date} must be between the handover and today</source>
        <translation>Defect {defect}: rectified on {date} must be between the handover and today</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="416" />
        <source>Defects are recorded at or after a completed handover</source>
        <translation>Defects are recorded at or after a completed handover</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="427" />
        <location filename="../../crm_desktop/services/renovations.py" line="1035" />
        <source>Rectification date</source>
        <translation>Rectification date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="431" />
        <source>Defect #{id} does not exist</source>
        <translation>Defect #{id} does not exist</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="435" />
        <source>This defect was already rectified on {date}</source>
        <translation>This defect was already rectified on {date}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="444" />
        <source>Rectification date {date} is before the handover {handover}</source>
        <translation>Rectification date {date} is before the handover {handover}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="60" />
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="61" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="62" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="63" />
        <source>awaiting acceptance</source>
        <translation>awaiting acceptance</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="64" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="65" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="66" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="96" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="336" />
        <source>Renovation #{id} does not exist (it may have been deleted)</source>
        <translation>Renovation #{id} does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="346" />
        <source>Inspection #{id} does not exist</source>
        <translation>Inspection #{id} does not exist</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="365" />
        <source>Unknown renovation status {status}</source>
        <translation>Unknown renovation status {status}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="373" />
        <source>This renovation is {status}; its status can no longer change</source>
        <translation>This renovation is {status}; its status can no longer change</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="380" />
        <source>A renovation that is {status} cannot become {target}; from {status} it can become: {allowed}</source>
        <translation>A renovation that is {status} cannot become {target}; from {status} it can become: {allowed}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="396" />
        <source>The deposit was already refunded on {date}; nothing more can be deducted</source>
        <translation>The deposit was already refunded on {date}; nothing more can be deducted</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="405" />
        <source>A deduction must be more than zero</source>
        <translation>A deduction must be more than zero</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="409" />
        <source>Give the reason for the deduction</source>
        <translation>Give the reason for the deduction</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="415" />
        <source>Deductions of {total} in all would be more than the deposit received {deposit}</source>
        <translation>Deductions of {total} in all would be more than the deposit received {deposit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="429" />
        <source>The deposit was already refunded on {date} ({amount})</source>
        <translation>The deposit was already refunded on {date} ({amount})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="438" />
        <source>The deposit is refunded once the renovation is accepted, rejected or cancelled; this one is {status}</source>
        <translation>The deposit is refunded once the renovation is accepted, rejected or cancelled; this one is {status}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="451" />
        <source>Refund {refund} is more than the deposit received {deposit}</source>
        <translation>Refund {refund} is more than the deposit received {deposit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="460" />
        <source>Refund {refund} is more than the deposit {deposit} less the deductions {deductions}</source>
        <translation>Refund {refund} is more than the deposit {deposit} less the deductions {deductions}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="469" />
        <source>Refund date</source>
        <translation>Refund date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="473" />
        <source>Refund date {date} is before the application {applied}</source>
        <translation>Refund date {date} is before the application {applied}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="543" />
        <source>Permit number</source>
        <translation>Permit number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="548" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="550" />
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="552" />
        <source>Contractor phone</source>
        <translation>Contractor phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="557" />
        <source>Contractor phone {phone}: {problem}</source>
        <translation>Contractor phone {phone}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="561" />
        <source>Application date</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="563" />
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="564" />
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="570" />
        <source>Planned end {end} is before the planned start {start}</source>
        <translation>Planned end {end} is before the planned start {start}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="579" />
        <source>Planned start {start} is before the application {applied}</source>
        <translation>Planned start {start} is before the application {applied}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="589" />
        <source>Deposit received</source>
        <translation>Deposit received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="619" />
        <source>Permit number {permit} is already used by the renovation of {unit}</source>
        <translation>Permit number {permit} is already used by the renovation of {unit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="634" />
        <source>Permit number {permit} was just taken on another desk</source>
        <translation>Permit number {permit} was just taken on another desk</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="671" />
        <source>The deposit was refunded on {date}; the amount received can no longer change</source>
        <translation>The deposit was refunded on {date}; the amount received can no longer change</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="683" />
        <source>Deposit received {deposit} is less than the deductions already recorded {total}</source>
        <translation>Deposit received {deposit} is less than the deductions already recorded {total}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="742" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="746" />
        <source>Give the reason why the renovation is {target}</source>
        <translation>Give the reason why the renovation is {target}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="758" />
        <source>Date {date} is before the application {applied}</source>
        <translation>Date {date} is before the application {applied}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="782" />
        <source>Acceptance date</source>
        <translation>Acceptance date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="786" />
        <location filename="../../crm_desktop/services/renovations.py" line="877" />
        <location filename="../../crm_desktop/services/renovations.py" line="972" />
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="791" />
        <location filename="../../crm_desktop/services/renovations.py" line="861" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="800" />
        <source>Acceptance date {date} is before the end of the work {end}</source>
        <translation>Acceptance date {date} is before the end of the work {end}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="819" />
        <source>{count} violation(s) found at inspections are not rectified yet; record their rectification before acceptance</source>
        <translation>{count} violation(s) found at inspections are not rectified yet; record their rectification before acceptance</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="884" />
        <source>That inspection belongs to another renovation</source>
        <translation>That inspection belongs to another renovation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="901" />
        <source>Deduction #{id} does not exist</source>
        <translation>Deduction #{id} does not exist</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="908" />
        <source>The deposit was already refunded on {date}; deductions can no longer change</source>
        <translation>The deposit was already refunded on {date}; deductions can no longer change</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="932" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="936" />
        <source>Unknown inspection result {result}</source>
        <translation>Unknown inspection result {result}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="942" />
        <source>Inspection time {time} is in the future</source>
        <translation>Inspection time {time} is in the future</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="948" />
        <source>Inspection time</source>
        <translation>Inspection time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="954" />
        <source>Choose the type of violation</source>
        <translation>Choose the type of violation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="958" />
        <source>A violation needs a rectification due date</source>
        <translation>A violation needs a rectification due date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="964" />
        <source>Rectification due {due} is before the inspection {date}</source>
        <translation>Rectification due {due} is before the inspection {date}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="981" />
        <source>Inspections are recorded while a renovation is approved, in progress or awaiting acceptance; this one is {status}</source>
        <translation>Inspections are recorded while a renovation is approved, in progress or awaiting acceptance; this one is {status}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="993" />
        <source>Inspection time {time} is before the application {applied}</source>
        <translation>Inspection time {time} is before the application {applied}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="1042" />
        <source>This inspection found no violation to rectify</source>
        <translation>This inspection found no violation to rectify</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="1048" />
        <source>This violation was already rectified on {date}</source>
        <translation>This violation was already rectified on {date}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="1056" />
        <source>Rectification date {date} is before the inspection {inspected}</source>
        <translation>Rectification date {date} is before the inspection {inspected}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="1239" />
        <source>A permit is issued once the renovation is approved; this one is {status}</source>
        <translation>A permit is issued once the renovation is approved; this one is {status}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="218" />
        <source>The office-hours calendar has no workdays in the next ten years</source>
        <translation>The office-hours calendar has no workdays in the next ten years</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="380" />
        <source>{value} is not a number of hours</source>
        <translation>{value} is not a number of hours</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="385" />
        <source>Hours for {severity} must be between 0.01 and {limit}</source>
        <translation>Hours for {severity} must be between 0.01 and {limit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="401" />
        <source>Only a manager or an administrator may change the SLA</source>
        <translation>Only a manager or an administrator may change the SLA</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="426" />
        <source>Unknown severity {severity}</source>
        <translation>Unknown severity {severity}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="431" />
        <source>Unknown SLA clock {clock}</source>
        <translation>Unknown SLA clock {clock}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="438" />
        <source>The response time of {severity} is longer than its resolution time</source>
        <translation>The response time of {severity} is longer than its resolution time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="448" />
        <source>Office hours must end after they start</source>
        <translation>Office hours must end after they start</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="452" />
        <source>Call-backs are due within 0 to 60 days</source>
        <translation>Call-backs are due within 0 to 60 days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="457" />
        <source>The manager's name is longer than 100 characters</source>
        <translation>The manager's name is longer than 100 characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="515" />
        <source>Give the holiday a name</source>
        <translation>Give the holiday a name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="518" />
        <source>The holiday name is longer than 50 characters</source>
        <translation>The holiday name is longer than 50 characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="535" />
        <source>{day} is not in the holiday calendar</source>
        <translation>{day} is not in the holiday calendar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="152" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="153" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="154" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="155" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="158" />
        <source>Phone {value} is not a phone number</source>
        <translation>Phone {value} is not a phone number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="170" />
        <source>Weight {value} is not a number</source>
        <translation>Weight {value} is not a number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="175" />
        <source>Weights must be between 0 and {limit}</source>
        <translation>Weights must be between 0 and {limit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="181" />
        <source>At least one weight must be above 0</source>
        <translation>At least one weight must be above 0</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="191" />
        <source>Period {value} is not a year, quarter or month (2026, 2026-Q3, 2026-09)</source>
        <translation>Period {value} is not a year, quarter or month (2026, 2026-Q3, 2026-09)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="200" />
        <source>Unknown assessment method {value}</source>
        <translation>Unknown assessment method {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="205" />
        <source>The assessment date is in the future</source>
        <translation>The assessment date is in the future</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="207" />
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="213" />
        <source>Every score must be 1 to 5, not {value}</source>
        <translation>Every score must be 1 to 5, not {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="216" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="274" />
        <source>A staff member named {name} already exists</source>
        <translation>A staff member named {name} already exists</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="323" />
        <source>{name} is a team; assess its members one by one</source>
        <translation>{name} is a team; assess its members one by one</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="348" />
        <source>Assessment #{id} does not exist</source>
        <translation>Assessment #{id} does not exist</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="230" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="257" />
        <source>{problem}; write times as YYYY-MM-DD HH:MM</source>
        <translation>{problem}; write times as YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="240" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="264" />
        <source>is in the future</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="250" />
        <source>{column} is required when the unit is given</source>
        <translation>{column} is required when the unit is given</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="279" />
        <source>unknown channel; use one of {choices}</source>
        <translation>unknown channel; use one of {choices}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="297" />
        <source>is not a whole-number score {low}–{high}</source>
        <translation>is not a whole-number score {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="304" />
        <location filename="../../crm_desktop/services/surveys.py" line="199" />
        <source>score {score} is outside {low}–{high}</source>
        <translation>score {score} is outside {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="315" />
        <source>the row has no answers</source>
        <translation>the row has no answers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="483" />
        <source>the file has no answer columns; expected headers: {headers}</source>
        <translation>the file has no answer columns; expected headers: {headers}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="518" />
        <source>Someone else changed the same campaigns while the file was imported; nothing was imported. Import the file again.</source>
        <translation>Someone else changed the same campaigns while the file was imported; nothing was imported. Import the file again.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="549" />
        <source>this unit is not in the archive; add it (or import the customers first) or leave the unit columns empty</source>
        <translation>this unit is not in the archive; add it (or import the customers first) or leave the unit columns empty</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="576" />
        <source>the campaign {name} has no question for this column</source>
        <translation>the campaign {name} has no question for this column</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="595" />
        <source>row {row} is the same response (campaign, time, unit and name); give each questionnaire its own time</source>
        <translation>row {row} is the same response (campaign, time, unit and name); give each questionnaire its own time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="826" />
        <source>Your role may not export unmasked phones</source>
        <translation>Your role may not export unmasked phones</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="193" />
        <source>expectation {score} is outside {low}–{high}</source>
        <translation>expectation {score} is outside {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="214" />
        <source>“{question}”: give a score, not text</source>
        <translation>“{question}”: give a score, not text</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="219" />
        <location filename="../../crm_desktop/services/surveys.py" line="226" />
        <source>“{question}”: {problem}</source>
        <translation>“{question}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="235" />
        <source>“{question}” has no expectation score</source>
        <translation>“{question}” has no expectation score</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="243" />
        <source>“{question}” takes no score</source>
        <translation>“{question}” takes no score</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="249" />
        <source>“{option}” is not an option of “{question}”</source>
        <translation>“{option}” is not an option of “{question}”</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="258" />
        <source>The answer to “{question}” is longer than {limit} characters</source>
        <translation>The answer to “{question}” is longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="273" />
        <source>Question {number}: unknown type {kind}</source>
        <translation>Question {number}: unknown type {kind}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="279" />
        <source>Question {number}: the question text is required</source>
        <translation>Question {number}: the question text is required</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="285" />
        <source>Question {number}: the text is longer than {limit} characters</source>
        <translation>Question {number}: the text is longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="296" />
        <source>Question {number}: choose the SERVQUAL dimension</source>
        <translation>Question {number}: choose the SERVQUAL dimension</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="309" />
        <source>Question {number}: a choice question needs at least two options</source>
        <translation>Question {number}: a choice question needs at least two options</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="319" />
        <source>Question {number}: each option is one line of at most {limit} characters</source>
        <translation>Question {number}: each option is one line of at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="334" />
        <source>The campaign name is required</source>
        <translation>The campaign name is required</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="337" />
        <source>The campaign name is longer than {limit} characters</source>
        <translation>The campaign name is longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="342" />
        <location filename="../../crm_desktop/services/surveys.py" line="555" />
        <source>Unknown campaign status {status}</source>
        <translation>Unknown campaign status {status}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="347" />
        <source>The period ends ({end}) before it starts ({start})</source>
        <translation>The period ends ({end}) before it starts ({start})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="356" />
        <location filename="../../crm_desktop/services/surveys.py" line="563" />
        <source>A campaign needs at least one question before it can be opened</source>
        <translation>A campaign needs at least one question before it can be opened</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="391" />
        <source>Campaign #{id} does not exist (it may have been deleted)</source>
        <translation>Campaign #{id} does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="473" />
        <source>A campaign named {name} already exists</source>
        <translation>A campaign named {name} already exists</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="508" />
        <location filename="../../crm_desktop/services/surveys.py" line="646" />
        <source>Question #{id} is not part of this campaign</source>
        <translation>Question #{id} is not part of this campaign</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="517" />
        <source>“{question}” cannot be removed: {count} responses answered it</source>
        <translation>“{question}” cannot be removed: {count} responses answered it</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="535" />
        <source>“{question}” already has answers: its type and dimension cannot change</source>
        <translation>“{question}” already has answers: its type and dimension cannot change</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="578" />
        <source>Campaign {name} has {count} responses and cannot be deleted; close it instead</source>
        <translation>Campaign {name} has {count} responses and cannot be deleted; close it instead</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="597" />
        <source>Unknown channel {channel}</source>
        <translation>Unknown channel {channel}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="602" />
        <source>The response date {at} is in the future</source>
        <translation>The response date {at} is in the future</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="609" />
        <source>The response date {at} is impossible</source>
        <translation>The response date {at} is impossible</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="616" />
        <source>The respondent's name is longer than {limit} characters</source>
        <translation>The respondent's name is longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="626" />
        <source>Campaign {name} is still a draft: open it before entering responses</source>
        <translation>Campaign {name} is still a draft: open it before entering responses</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="636" />
        <source>Campaign {name} is closed: responses can no longer be entered</source>
        <translation>Campaign {name} is closed: responses can no longer be entered</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="656" />
        <source>“{question}” must be answered</source>
        <translation>“{question}” must be answered</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="663" />
        <source>The questionnaire is blank: enter at least one answer</source>
        <translation>The questionnaire is blank: enter at least one answer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="35" />
        <source>Unknown occupancy role {value!r}</source>
        <translation>Unknown occupancy role {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="46" />
        <source>{name} already lives in {unit}</source>
        <translation>{name} already lives in {unit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="59" />
        <source>Unknown move-out reason {value!r}</source>
        <translation>Unknown move-out reason {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="64" />
        <source>This occupancy already ends on {day}</source>
        <translation>This occupancy already ends on {day}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="72" />
        <source>Move-out date {end} is before the move-in date {start}</source>
        <translation>Move-out date {end} is before the move-in date {start}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="99" />
        <source>{unit} has no current owner to transfer from</source>
        <translation>{unit} has no current owner to transfer from</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="105" />
        <source>{name} already owns {unit}</source>
        <translation>{name} already owns {unit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="121" />
        <source>Occupancy #{id} does not exist</source>
        <translation>Occupancy #{id} does not exist</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="137" />
        <location filename="../../crm_desktop/services/surveys.py" line="671" />
        <location filename="../../crm_desktop/services/tickets.py" line="545" />
        <location filename="../../crm_desktop/services/timeline.py" line="71" />
        <location filename="../../crm_desktop/services/timeline.py" line="96" />
        <source>Customer #{id} does not exist</source>
        <translation>Customer #{id} does not exist</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="144" />
        <location filename="../../crm_desktop/services/surveys.py" line="677" />
        <location filename="../../crm_desktop/services/tickets.py" line="548" />
        <source>Unit #{id} does not exist</source>
        <translation>Unit #{id} does not exist</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="713" />
        <location filename="../../crm_desktop/services/surveys.py" line="740" />
        <source>Response #{id} does not exist</source>
        <translation>Response #{id} does not exist</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="745" />
        <source>Campaign {name} is closed: its responses can no longer change</source>
        <translation>Campaign {name} is closed: its responses can no longer change</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="240" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="376" />
        <source>unknown value; use one of {choices}</source>
        <translation>unknown value; use one of {choices}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="278" />
        <source>a ticket number has no spaces</source>
        <translation>a ticket number has no spaces</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="297" />
        <source>not an 11-digit mobile number</source>
        <translation>not an 11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="307" />
        <source>the call-back score must be 1 to 5</source>
        <translation>the call-back score must be 1 to 5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="312" />
        <source>is before the 受理时间</source>
        <translation>is before the 受理时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="314" />
        <source>a call-back needs a 解决时间</source>
        <translation>a call-back needs a 解决时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="316" />
        <source>is before the 解决时间</source>
        <translation>is before the 解决时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="318" />
        <source>a call-back score needs a 回访时间</source>
        <translation>a call-back score needs a 回访时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="355" />
        <source>{column} is required when a unit is given</source>
        <translation>{column} is required when a unit is given</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="382" />
        <source>a resolved or closed ticket needs a 解决时间</source>
        <translation>a resolved or closed ticket needs a 解决时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="384" />
        <source>an open ticket cannot have a 解决时间</source>
        <translation>an open ticket cannot have a 解决时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="386" />
        <source>a ticket with a call-back is closed, not resolved</source>
        <translation>a ticket with a call-back is closed, not resolved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="388" />
        <source>a dispatched ticket needs a 处理人</source>
        <translation>a dispatched ticket needs a 处理人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="446" />
        <source>no such unit in the archive; import the customers first</source>
        <translation>no such unit in the archive; import the customers first</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="461" />
        <source>no customer of this name lives or lived in this unit</source>
        <translation>no customer of this name lives or lived in this unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="463" />
        <source>no customer of this name in the archive; give the unit</source>
        <translation>no customer of this name in the archive; give the unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="472" />
        <source>several customers have this name; give the unit or the phone</source>
        <translation>several customers have this name; give the unit or the phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="523" />
        <source>the same 工单号 is on row {row}</source>
        <translation>the same 工单号 is on row {row}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="72" />
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="73" />
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="74" />
        <source>being handled</source>
        <translation>being handled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="75" />
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="76" />
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="77" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="80" />
        <source>dispatch</source>
        <translation>dispatch</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="81" />
        <source>start work on</source>
        <translation>start work on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="82" />
        <source>put on hold</source>
        <translation>put on hold</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="83" />
        <source>resume</source>
        <translation>resume</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="84" />
        <source>resolve</source>
        <translation>resolve</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="85" />
        <source>record a call-back for</source>
        <translation>record a call-back for</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="86" />
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="87" />
        <source>reopen</source>
        <translation>reopen</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="88" />
        <source>escalate</source>
        <translation>escalate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="291" />
        <source>Cannot {action} a ticket that is {status}; allowed now: {allowed}</source>
        <translation>Cannot {action} a ticket that is {status}; allowed now: {allowed}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="399" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="400" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="401" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="402" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="406" />
        <source>Unknown {label} {value!r}</source>
        <translation>Unknown {label} {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="409" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="411" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="416" />
        <source>The received time {at} is in the future</source>
        <translation>The received time {at} is in the future</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="421" />
        <source>The received time {at} is too long ago</source>
        <translation>The received time {at} is too long ago</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="435" />
        <source>Ticket #{id} does not exist (it may have been deleted)</source>
        <translation>Ticket #{id} does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="509" />
        <source>A closed ticket cannot be changed; reopen it first</source>
        <translation>A closed ticket cannot be changed; reopen it first</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="580" />
        <source>{at} is in the future</source>
        <translation>{at} is in the future</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="588" />
        <source>{at} is before the ticket was received ({received})</source>
        <translation>{at} is before the ticket was received ({received})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="606" />
        <source>{at} is before the ticket's last step ({last})</source>
        <translation>{at} is before the ticket's last step ({last})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="628" />
        <location filename="../../crm_desktop/services/tickets.py" line="673" />
        <location filename="../../crm_desktop/services/tickets.py" line="728" />
        <location filename="../../crm_desktop/services/tickets.py" line="755" />
        <location filename="../../crm_desktop/services/tickets.py" line="798" />
        <location filename="../../crm_desktop/services/tickets.py" line="817" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="638" />
        <source>{name} is no longer active</source>
        <translation>{name} is no longer active</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="643" />
        <source>Ticket {number} is already with {name}</source>
        <translation>Ticket {number} is already with {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="680" />
        <source>{at} is before the hold began ({start})</source>
        <translation>{at} is before the hold began ({start})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="700" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="725" />
        <source>The call-back score must be 1 to 5, not {score}</source>
        <translation>The call-back score must be 1 to 5, not {score}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="729" />
        <source>Called by</source>
        <translation>Called by</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="735" />
        <source>{at} is before the ticket was resolved ({resolved})</source>
        <translation>{at} is before the ticket was resolved ({resolved})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="761" />
        <source>A complaint or repair is closed by its call-back; to close it without one, say why in the note</source>
        <translation>A complaint or repair is closed by its call-back; to close it without one, say why in the note</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="797" />
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="804" />
        <source>Ticket {number} is not overdue (due {due}); only overdue tickets are escalated</source>
        <translation>Ticket {number} is not overdue (due {due}); only overdue tickets are escalated</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="829" />
        <source>Only a manager may clear the manager's flag</source>
        <translation>Only a manager may clear the manager's flag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="887" />
        <source>A ticket cannot be linked to itself</source>
        <translation>A ticket cannot be linked to itself</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="909" />
        <source>Only a manager may delete a closed ticket</source>
        <translation>Only a manager may delete a closed ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/spreadsheet.py" line="49" />
        <source>contains a formula; paste values only</source>
        <translation>contains a formula; paste values only</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/spreadsheet.py" line="101" />
        <source>is not a date: write YYYY-MM-DD</source>
        <translation>is not a date: write YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/spreadsheet.py" line="102" />
        <source>is not a real date</source>
        <translation>is not a real date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/spreadsheet.py" line="280" />
        <location filename="../../crm_desktop/services/spreadsheet.py" line="550" />
        <source>Reading file</source>
        <translation>Reading file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/spreadsheet.py" line="705" />
        <source>Writing file</source>
        <translation>Writing file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="102" />
        <source>area {value!r} is not a number</source>
        <translation>area {value!r} is not a number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="106" />
        <source>area {value} m² is out of range</source>
        <translation>area {value} m² is out of range</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="157" />
        <source>A community named {name} already exists</source>
        <translation>A community named {name} already exists</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="195" />
        <source>{floors} floors is out of range (1–200)</source>
        <translation>{floors} floors is out of range (1–200)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="203" />
        <source>Building {name} already exists in this community</source>
        <translation>Building {name} already exists in this community</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="264" />
        <source>Unknown use {value!r}</source>
        <translation>Unknown use {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="268" />
        <source>Floor {floor} is out of range</source>
        <translation>Floor {floor} is out of range</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="278" />
        <source>Unit {code} already exists</source>
        <translation>Unit {code} already exists</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="358" />
        <source>{what} #{id} does not exist (it may have been deleted)</source>
        <translation>{what} #{id} does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/timeline.py" line="56" />
        <source>Unknown interaction kind {value!r}</source>
        <translation>Unknown interaction kind {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/timeline.py" line="59" />
        <source>Summary is required</source>
        <translation>Summary is required</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/timeline.py" line="62" />
        <source>Unknown channel {value!r}</source>
        <translation>Unknown channel {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/timeline.py" line="66" />
        <source>A call or visit cannot be in the future</source>
        <translation>A call or visit cannot be in the future</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/uow.py" line="55" />
        <source>{field} contains a NUL character (U+0000); remove it and save again</source>
        <translation>{field} contains a NUL character (U+0000); remove it and save again</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/uow.py" line="75" />
        <source>Someone else saved this record at the same moment; your changes were not saved. Reload it and apply them again.</source>
        <translation>Someone else saved this record at the same moment; your changes were not saved. Reload it and apply them again.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/uow.py" line="112" />
        <source>{what} was changed by {who} at {when} after you opened it. Your edits are kept in the form; reload to see their changes, then save again.</source>
        <translation>{what} was changed by {who} at {when} after you opened it. Your edits are kept in the form; reload to see their changes, then save again.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="39" />
        <source>must have 18 characters, has {count}</source>
        <translation>must have 18 characters, has {count}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="41" />
        <source>must be 17 digits followed by a digit or X</source>
        <translation>must be 17 digits followed by a digit or X</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="43" />
        <source>the region code cannot start with {digit}</source>
        <translation>the region code cannot start with {digit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="47" />
        <source>birth date {value} is not a real date</source>
        <translation>birth date {value} is not a real date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="49" />
        <source>birth date {value} is impossible</source>
        <translation>birth date {value} is impossible</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="53" />
        <source>check digit should be {expected}, not {found}</source>
        <translation>check digit should be {expected}, not {found}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="85" />
        <source>must be an 11-digit mainland mobile number starting with 13–19</source>
        <translation>must be an 11-digit mainland mobile number starting with 13–19</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="92" />
        <source>must be a phone number (digits, spaces, - + ( ))</source>
        <translation>must be a phone number (digits, spaces, - + ( ))</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="99" />
        <source>Not a valid database URL: {url} ({problem})</source>
        <translation>Not a valid database URL: {url} ({problem})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="109" />
        <source>Unsupported database {name!r}: use a SQLite file or a PostgreSQL URL</source>
        <translation>Unsupported database {name!r}: use a SQLite file or a PostgreSQL URL</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="118" />
        <location filename="../../crm_desktop/models/database.py" line="183" />
        <source>An in-memory database keeps nothing; give a file path</source>
        <translation>An in-memory database keeps nothing; give a file path</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="125" />
        <source>{path} is a folder, not a database file</source>
        <translation>{path} is a folder, not a database file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="188" />
        <location filename="../../crm_desktop/services/connection.py" line="86" />
        <source>{path} is on a network share. SQLite is not safe there: several desks must share one PostgreSQL server instead (see README, 'Several desks').</source>
        <translation>{path} is on a network share. SQLite is not safe there: several desks must share one PostgreSQL server instead (see README, 'Several desks').</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="226" />
        <source>{path}: no such database file</source>
        <translation>{path}: no such database file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="307" />
        <source>{source} fails SQLite's integrity check ({problem}); no backup was written to {target}</source>
        <translation>{source} fails SQLite's integrity check ({problem}); no backup was written to {target}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="325" />
        <source>{source} is damaged or not a database ({problem}); nothing was copied</source>
        <translation>{source} is damaged or not a database ({problem}); nothing was copied</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="335" />
        <source>Cannot copy {source} to {target}: {problem}</source>
        <translation>Cannot copy {source} to {target}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/migrate.py" line="113" />
        <source>{database} was upgraded by a newer version of this program (schema {current}, this version knows up to {head}). Install the newer version on this desk.</source>
        <translation>{database} was upgraded by a newer version of this program (schema {current}, this version knows up to {head}). Install the newer version on this desk.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1484" />
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1538" />
        <source>Preparing the office</source>
        <translation>Preparing the office</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1543" />
        <source>Building communities</source>
        <translation>Building communities</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1545" />
        <source>Simulating residents</source>
        <translation>Simulating residents</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1551" />
        <source>Renovations</source>
        <translation>Renovations</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1553" />
        <source>Interaction log</source>
        <translation>Interaction log</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1557" />
        <source>Staff assessments</source>
        <translation>Staff assessments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1560" />
        <source>Indexing</source>
        <translation>Indexing</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1567" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="2361" />
        <source>Writing customers</source>
        <translation>Writing customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/reports/monthly.py" line="79" />
        <source>Unknown report {kind}; choose satisfaction or retention</source>
        <translation>Unknown report {kind}; choose satisfaction or retention</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/reports/monthly.py" line="85" />
        <location filename="../../crm_desktop/reports/monthly.py" line="87" />
        <source>Laying out the PDF pages</source>
        <translation>Laying out the PDF pages</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/audit.py" line="430" />
        <source>Only administrators and managers may read the audit log</source>
        <translation>Only administrators and managers may read the audit log</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="102" />
        <source>Wrong user name or password</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="110" />
        <source>Too many wrong passwords: this account is locked until {time}. Try again then, or ask an administrator to reset the password.</source>
        <translation>Too many wrong passwords: this account is locked until {time}. Try again then, or ask an administrator to reset the password.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="126" />
        <source>The password must have at least {count} characters</source>
        <translation>The password must have at least {count} characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="131" />
        <source>The password may have at most {count} characters</source>
        <translation>The password may have at most {count} characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="135" />
        <source>The password cannot be only spaces</source>
        <translation>The password cannot be only spaces</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="147" />
        <source>The user name is required</source>
        <translation>The user name is required</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="151" />
        <source>The user name may have at most {count} characters</source>
        <translation>The user name may have at most {count} characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="158" />
        <source>The user name cannot contain spaces</source>
        <translation>The user name cannot contain spaces</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="162" />
        <source>User names starting with os: are reserved</source>
        <translation>User names starting with os: are reserved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="171" />
        <source>Unknown role {role}; choose one of {roles}</source>
        <translation>Unknown role {role}; choose one of {roles}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="224" />
        <source>This account is deactivated; ask an administrator to reactivate it</source>
        <translation>This account is deactivated; ask an administrator to reactivate it</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="262" />
        <location filename="../../crm_desktop/services/office_settings.py" line="82" />
        <source>The office name is required</source>
        <translation>The office name is required</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="265" />
        <source>The name of the first community is required</source>
        <translation>The name of the first community is required</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="269" />
        <location filename="../../crm_desktop/services/auth.py" line="292" />
        <source>This database already has users; log in instead</source>
        <translation>This database already has users; log in instead</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="336" />
        <source>User #{id} no longer exists</source>
        <translation>User #{id} no longer exists</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="345" />
        <source>Only an administrator may manage users</source>
        <translation>Only an administrator may manage users</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="370" />
        <source>A user named {name} already exists</source>
        <translation>A user named {name} already exists</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="393" />
        <source>{name} is the last active administrator; make another user administrator first</source>
        <translation>{name} is the last active administrator; make another user administrator first</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="420" />
        <source>You cannot deactivate your own account</source>
        <translation>You cannot deactivate your own account</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="451" />
        <source>There is no account named {name}</source>
        <translation>There is no account named {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="457" />
        <source>The current password is wrong</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="462" />
        <source>The new password must differ from the current one</source>
        <translation>The new password must differ from the current one</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="52" />
        <source>{location} does not exist yet; it will be created at the next start.</source>
        <translation>{location} does not exist yet; it will be created at the next start.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="54" />
        <source>Connected to {location}. The database is empty; the program creates its tables at the next start.</source>
        <translation>Connected to {location}. The database is empty; the program creates its tables at the next start.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="56" />
        <source>Connected to {location}. It holds this program's data and is up to date.</source>
        <translation>Connected to {location}. It holds this program's data and is up to date.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="58" />
        <source>Connected to {location}. It was made by an older version and will be upgraded at the next start.</source>
        <translation>Connected to {location}. It was made by an older version and will be upgraded at the next start.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="60" />
        <source>Connected to {location}, but a newer version of this program has upgraded it. Install the newer version on this desk first.</source>
        <translation>Connected to {location}, but a newer version of this program has upgraded it. Install the newer version on this desk first.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="73" />
        <location filename="../../crm_desktop/services/transfer.py" line="44" />
        <source>Connecting to the database…</source>
        <translation>Connecting to the database…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="98" />
        <source>The folder of {path} cannot be written to</source>
        <translation>The folder of {path} cannot be written to</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="107" />
        <location filename="../../crm_desktop/services/connection.py" line="123" />
        <source>Reading the database version…</source>
        <translation>Reading the database version…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="111" />
        <source>{path} cannot be read as a database: {problem}</source>
        <translation>{path} cannot be read as a database: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="127" />
        <location filename="../../crm_desktop/services/transfer.py" line="49" />
        <source>Cannot connect to {location}: {problem}</source>
        <translation>Cannot connect to {location}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/dashboard.py" line="108" />
        <location filename="../../crm_desktop/services/monthly_report.py" line="410" />
        <source>Computing this month's figures</source>
        <translation>Computing this month's figures</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/dashboard.py" line="110" />
        <location filename="../../crm_desktop/services/monthly_report.py" line="412" />
        <source>Computing last month's figures</source>
        <translation>Computing last month's figures</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/dashboard.py" line="112" />
        <location filename="../../crm_desktop/services/monthly_report.py" line="181" />
        <location filename="../../crm_desktop/services/monthly_report.py" line="414" />
        <source>Computing the 12-month trend</source>
        <translation>Computing the 12-month trend</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/dashboard.py" line="114" />
        <location filename="../../crm_desktop/services/dashboard.py" line="131" />
        <source>Collecting renovations and customers at risk</source>
        <translation>Collecting renovations and customers at risk</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/monthly_report.py" line="416" />
        <source>Collecting staff, churn and comments</source>
        <translation>Collecting staff, churn and comments</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/office_settings.py" line="63" />
        <source>The logo is larger than 2 MB; choose a smaller picture</source>
        <translation>The logo is larger than 2 MB; choose a smaller picture</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/office_settings.py" line="65" />
        <source>The logo must be a PNG or JPEG picture</source>
        <translation>The logo must be a PNG or JPEG picture</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/office_settings.py" line="78" />
        <source>Only an administrator or manager may change the office settings</source>
        <translation>Only an administrator or manager may change the office settings</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/office_settings.py" line="85" />
        <source>The office name is longer than 100 characters</source>
        <translation>The office name is longer than 100 characters</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/pdf_pages.py" line="23" />
        <location filename="../../crm_desktop/ui/reports/pdf_pages.py" line="32" />
        <source>Drawing the pages</source>
        <translation>Drawing the pages</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="184" />
        <source>Choose the database file</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="186" />
        <source>Enter the server's name or address</source>
        <translation>Enter the server's name or address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="187" />
        <source>Enter the database name</source>
        <translation>Enter the database name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="188" />
        <source>Enter the user name</source>
        <translation>Enter the user name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="60" />
        <source>Copying the database…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="61" />
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="62" />
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="114" />
        <source>Only administrators and managers may change the backup folder</source>
        <translation>Only administrators and managers may change the backup folder</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="120" />
        <source>Give the backup folder as a full path, not {path}</source>
        <translation>Give the backup folder as a full path, not {path}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="127" />
        <source>Backups cannot be written to {path}: {problem}</source>
        <translation>Backups cannot be written to {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="160" />
        <source>This database is on a PostgreSQL server; restore it with the server's own tool, pg_restore, for example: pg_restore --clean --if-exists --dbname "{url}" crm-backup.dump</source>
        <translation>This database is on a PostgreSQL server; restore it with the server's own tool, pg_restore, for example: pg_restore --clean --if-exists --dbname "{url}" crm-backup.dump</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="170" />
        <source>This database is on a PostgreSQL server; back it up with the server's own tool, pg_dump, for example: pg_dump --format=custom --file crm-backup.dump "{url}"</source>
        <translation>This database is on a PostgreSQL server; back it up with the server's own tool, pg_dump, for example: pg_dump --format=custom --file crm-backup.dump "{url}"</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="203" />
        <source>Only administrators and managers may make a backup: it holds every ID number in clear</source>
        <translation>Only administrators and managers may make a backup: it holds every ID number in clear</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="214" />
        <source>{path} is a folder; give a file name for the backup</source>
        <translation>{path} is a folder; give a file name for the backup</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="225" />
        <source>{path} is the database itself; choose another file</source>
        <translation>{path} is the database itself; choose another file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="304" />
        <source>{path} cannot be restored: {problem}. Nothing was changed.</source>
        <translation>{path} cannot be restored: {problem}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="313" />
        <source>{path}: no such file</source>
        <translation>{path}: no such file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="319" />
        <source>Cannot read {path}: {problem}</source>
        <translation>Cannot read {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="322" />
        <source>it is not a database file</source>
        <translation>it is not a database file</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="352" />
        <source>Cancelled by the user; nothing was changed</source>
        <translation>Cancelled by the user; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="361" />
        <source>it fails SQLite's integrity check ({problems})</source>
        <translation>it fails SQLite's integrity check ({problems})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="369" />
        <source>it is a database of another program, not a backup of this one</source>
        <translation>it is a database of another program, not a backup of this one</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="376" />
        <source>it was made by a newer version of this program (schema {schema}); install that version</source>
        <translation>it was made by a newer version of this program (schema {schema}); install that version</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="432" />
        <source>it is damaged or not a database</source>
        <translation>it is damaged or not a database</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="465" />
        <location filename="../../crm_desktop/ui/backup/actions.py" line="118" />
        <source>Only an administrator may restore a backup</source>
        <translation>Only an administrator may restore a backup</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="536" />
        <source>it has no user accounts, so whoever starts the program next could make themselves administrator; restore it into a new file instead (crm-desktop restore --db NEW.db)</source>
        <translation>it has no user accounts, so whoever starts the program next could make themselves administrator; restore it into a new file instead (crm-desktop restore --db NEW.db)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="573" />
        <source>Cannot keep a copy of {path} ({problem}); nothing was restored</source>
        <translation>Cannot keep a copy of {path} ({problem}); nothing was restored</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="614" />
        <source>{path} is in use by another program or window; close it and restore again. Nothing was changed.</source>
        <translation>{path} is in use by another program or window; close it and restore again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/integrity.py" line="28" />
        <source>Checking the database pages…</source>
        <translation>Checking the database pages…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/integrity.py" line="29" />
        <source>Checking the links between records…</source>
        <translation>Checking the links between records…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/integrity.py" line="30" />
        <source>Checking the audit log…</source>
        <translation>Checking the audit log…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="26" />
        <source>Copying the data…</source>
        <translation>Copying the data…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="42" />
        <source>Only an administrator may copy the whole database</source>
        <translation>Only an administrator may copy the whole database</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="55" />
        <source>Choose another database than the one that is open</source>
        <translation>Choose another database than the one that is open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="60" />
        <source>{target} has another schema version than this program's data</source>
        <translation>{target} has another schema version than this program's data</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="69" />
        <source>{target} already holds data (for example in {table}); the data can only be copied into an empty database</source>
        <translation>{target} already holds data (for example in {table}); the data can only be copied into an empty database</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="117" />
        <source>Copying {table} failed, nothing was copied: {problem}</source>
        <translation>Copying {table} failed, nothing was copied: {problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/settings_dialog.py" line="46" />
        <location filename="../../crm_desktop/ui/settings/settings_dialog.py" line="73" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/settings_dialog.py" line="65" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/settings_dialog.py" line="73" />
        <source>Save the changed settings?</source>
        <translation>Save the changed settings?</translation>
    </message>
</context>
<context>
    <name>SlaSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="56" />
        <source>SLA and holiday calendar</source>
        <translation>SLA and holiday calendar</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="61" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="61" />
        <source>Respond within (hours)</source>
        <translation>Respond within (hours)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="61" />
        <source>Resolve within (hours)</source>
        <translation>Resolve within (hours)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="62" />
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="81" />
        <source>Time limits per severity</source>
        <translation>Time limits per severity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="92" />
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="94" />
        <source>e.g. the customer-service supervisor</source>
        <translation>e.g. the customer-service supervisor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="101" />
        <source>Office hours (Monday–Friday and make-up workdays)</source>
        <translation>Office hours (Monday–Friday and make-up workdays)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="102" />
        <source>Call back within</source>
        <translation>Call back within</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="103" />
        <source>Escalate overdue tickets to</source>
        <translation>Escalate overdue tickets to</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="108" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="109" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="115" />
        <source>Only a manager or an administrator may change these settings.</source>
        <translation>Only a manager or an administrator may change these settings.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="130" />
        <source>Holiday calendar (public holidays and make-up workdays)</source>
        <translation>Holiday calendar (public holidays and make-up workdays)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="136" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="136" />
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="136" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="136" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="138" />
        <source>Make-up workday</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="138" />
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="148" />
        <source>Make-up workday (调休上班)</source>
        <translation>Make-up workday (调休上班)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="150" />
        <source>e.g. 国庆节</source>
        <translation>e.g. 国庆节</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="151" />
        <source>Add / change</source>
        <translation>Add / change</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="152" />
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="158" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="180" />
        <source>No days for %1: the office-hours clock counts only weekends there. Enter the State Council's schedule once it is published.</source>
        <translation>No days for %1: the office-hours clock counts only weekends there. Enter the State Council's schedule once it is published.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="183" />
        <source>The %1 days shipped with the program are an estimate (marked 预估); check them against the State Council's notice.</source>
        <translation>The %1 days shipped with the program are an estimate (marked 预估); check them against the State Council's notice.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="212" />
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="65" />
        <source>Edit staff member</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="65" />
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="74" />
        <source>Active (can be dispatched to)</source>
        <translation>Active (can be dispatched to)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="76" />
        <source>A team or department, not a person</source>
        <translation>A team or department, not a person</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="79" />
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="80" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="81" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="82" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="281" />
        <source>Search name, department, position</source>
        <translation>Search name, department, position</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="284" />
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="291" />
        <source>New staff…</source>
        <translation>New staff…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="292" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="293" />
        <source>New assessment…</source>
        <translation>New assessment…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="294" />
        <source>Weights…</source>
        <translation>Weights…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="304" />
        <source>Figures for</source>
        <translation>Figures for</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="312" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="312" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="312" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="312" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="313" />
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="324" />
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="439" />
        <source>Select a staff member.</source>
        <translation>Select a staff member.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="327" />
        <source>Tickets handled</source>
        <translation>Tickets handled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="328" />
        <source>Median resolution (hours)</source>
        <translation>Median resolution (hours)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="329" />
        <source>SLA compliance</source>
        <translation>SLA compliance</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="330" />
        <source>Call-back satisfaction</source>
        <translation>Call-back satisfaction</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="331" />
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="340" />
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="340" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="340" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="340" />
        <source>Assessor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="342" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="342" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="351" />
        <source>Assessments over time</source>
        <translation>Assessments over time</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="355" />
        <source>Service figures from tickets</source>
        <translation>Service figures from tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="408" />
        <source>(team)</source>
        <translation>(team)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="410" />
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="456" />
        <source>Tickets assigned to %1 and resolved in the period; satisfaction is the share of call-backs scored 4–5 (%2 scored).</source>
        <translation>Tickets assigned to %1 and resolved in the period; satisfaction is the share of call-backs scored 4–5 (%2 scored).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="460" />
        <source>By month: %1</source>
        <translation>By month: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="464" />
        <source>Totals, oldest first: %1</source>
        <translation>Totals, oldest first: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="465" />
        <source>No assessments yet.</source>
        <translation>No assessments yet.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="220" />
        <source>Do not cancel</source>
        <translation>Do not cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="223" />
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="225" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="228" />
        <source>Work finished on</source>
        <translation>Work finished on</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="228" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="231" />
        <source>Reason *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="231" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="233" />
        <source>The deposit received stays due for refund; record the refund afterwards.</source>
        <translation>The deposit received stays due for refund; record the refund afterwards.</translation>
    </message>
</context>
<context>
    <name>StructureDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="72" />
        <source>Communities, buildings and units</source>
        <translation>Communities, buildings and units</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="75" />
        <source>Community / building</source>
        <translation>Community / building</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="75" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="78" />
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="78" />
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="254" />
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="78" />
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="255" />
        <source>Area m²</source>
        <translation>Area m²</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="78" />
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="256" />
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="89" />
        <source>New community…</source>
        <translation>New community…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="91" />
        <source>New building…</source>
        <translation>New building…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="93" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="103" />
        <source>New unit…</source>
        <translation>New unit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="105" />
        <source>Edit unit…</source>
        <translation>Edit unit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="121" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="170" />
        <source>Select the community the building belongs to first</source>
        <translation>Select the community the building belongs to first</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="188" />
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="194" />
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="212" />
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="195" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="203" />
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="205" />
        <source>e.g. 3 or 3栋</source>
        <translation>e.g. 3 or 3栋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="213" />
        <source>Floors</source>
        <translation>Floors</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="234" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="236" />
        <source>e.g. 2 or 2单元 (may be empty)</source>
        <translation>e.g. 2 or 2单元 (may be empty)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="239" />
        <source>from room number</source>
        <translation>from room number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="252" />
        <source>Entrance</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="253" />
        <source>Room *</source>
        <translation>Room *</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="25" />
        <source>Import survey responses</source>
        <translation>Import survey responses</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="34" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="35" />
        <source>%1 rows read: %2 responses added, %3 updated, %4 already there; %5 campaigns created; %6 responses linked to a customer.</source>
        <translation>%1 rows read: %2 responses added, %3 updated, %4 already there; %5 campaigns created; %6 responses linked to a customer.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="51" />
        <source>Importing survey responses…</source>
        <translation>Importing survey responses…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="64" />
        <source>Export survey responses</source>
        <translation>Export survey responses</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="75" />
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="76" />
        <source>%1 responses written to %2 (phone numbers masked).</source>
        <translation>%1 responses written to %2 (phone numbers masked).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="83" />
        <source>Exporting survey responses…</source>
        <translation>Exporting survey responses…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="94" />
        <source>Save survey import template</source>
        <translation>Save survey import template</translation>
    </message>
</context>
<context>
    <name>SurveyLabels</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="15" />
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="16" />
        <source>CSAT (1–5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="17" />
        <source>SERVQUAL (expectation and perception 1–7)</source>
        <translation>SERVQUAL (expectation and perception 1–7)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="18" />
        <source>Rating (1–5)</source>
        <translation>Rating (1–5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="19" />
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="30" />
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="20" />
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="31" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="26" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="27" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="28" />
        <source>SERVQUAL</source>
        <translation>SERVQUAL</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="29" />
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="37" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="38" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="39" />
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="45" />
        <source>Tangibles</source>
        <translation>Tangibles</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="46" />
        <source>Reliability</source>
        <translation>Reliability</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="47" />
        <source>Responsiveness</source>
        <translation>Responsiveness</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="48" />
        <source>Assurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="49" />
        <source>Empathy</source>
        <translation>Empathy</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="56" />
        <source>Questionnaires answered in the chosen campaign or period.</source>
        <translation>Questionnaires answered in the chosen campaign or period.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="59" />
        <source>NPS = 100 × (promoters − detractors) / responses with an NPS answer. Promoters score 9–10, passives 7–8, detractors 0–6. Ranges from −100 to 100.</source>
        <translation>NPS = 100 × (promoters − detractors) / responses with an NPS answer. Promoters score 9–10, passives 7–8, detractors 0–6. Ranges from −100 to 100.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="64" />
        <source>Promoters: share of NPS answers scoring 9 or 10.</source>
        <translation>Promoters: share of NPS answers scoring 9 or 10.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="65" />
        <source>Passives: share of NPS answers scoring 7 or 8.</source>
        <translation>Passives: share of NPS answers scoring 7 or 8.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="66" />
        <source>Detractors: share of NPS answers scoring 0 to 6.</source>
        <translation>Detractors: share of NPS answers scoring 0 to 6.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="69" />
        <source>CSAT = 100 × (CSAT answers of 4 or 5) / CSAT answers.</source>
        <translation>CSAT = 100 × (CSAT answers of 4 or 5) / CSAT answers.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="70" />
        <source>CSAT mean: the mean of all CSAT answers (1–5).</source>
        <translation>CSAT mean: the mean of all CSAT answers (1–5).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="71" />
        <source>Expectation: mean expectation score of the dimension's SERVQUAL answers (1–7).</source>
        <translation>Expectation: mean expectation score of the dimension's SERVQUAL answers (1–7).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="74" />
        <source>Perception: mean perception score of the dimension's SERVQUAL answers (1–7).</source>
        <translation>Perception: mean perception score of the dimension's SERVQUAL answers (1–7).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="77" />
        <source>Gap = perception mean − expectation mean. Below zero, the service falls short of what owners expect.</source>
        <translation>Gap = perception mean − expectation mean. Below zero, the service falls short of what owners expect.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="81" />
        <source>C = b/a: perception mean (b) / expectation mean (a). 1.00 means expectations are met.</source>
        <translation>C = b/a: perception mean (b) / expectation mean (a). 1.00 means expectations are met.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="84" />
        <source>Satisfaction index C = b/a: mean of all perception scores / mean of all expectation scores.</source>
        <translation>Satisfaction index C = b/a: mean of all perception scores / mean of all expectation scores.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="88" />
        <source>— means there is nothing to divide by (no answers), not zero.</source>
        <translation>— means there is nothing to divide by (no answers), not zero.</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="46" />
        <source>Campaigns and questionnaires</source>
        <translation>Campaigns and questionnaires</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="47" />
        <source>Enter paper questionnaires</source>
        <translation>Enter paper questionnaires</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="48" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="51" />
        <source>Import responses…</source>
        <translation>Import responses…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="52" />
        <source>Export responses…</source>
        <translation>Export responses…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="53" />
        <source>Import template…</source>
        <translation>Import template…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="55" />
        <source>An Excel or CSV file with the columns 问卷名称, 答卷时间, 小区, 楼栋, 单元, 房号, 姓名, …</source>
        <translation>An Excel or CSV file with the columns 问卷名称, 答卷时间, 小区, 楼栋, 单元, 房号, 姓名, …</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="61" />
        <source>Satisfaction surveys</source>
        <translation>Satisfaction surveys</translation>
    </message>
</context>
<context>
    <name>TicketDetailView</name>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="40" />
        <source>Select a ticket to see it here, or take a new one (Ctrl+T).</source>
        <translation>Select a ticket to see it here, or take a new one (Ctrl+T).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="52" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="53" />
        <source>Dispatch…</source>
        <translation>Dispatch…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="54" />
        <source>Start work</source>
        <translation>Start work</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="55" />
        <source>Hold…</source>
        <translation>Hold…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="56" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="57" />
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="58" />
        <source>Call back…</source>
        <translation>Call back…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="59" />
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="60" />
        <source>Reopen…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="61" />
        <source>Escalate…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="62" />
        <source>Clear flag</source>
        <translation>Clear flag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="63" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="74" />
        <source>派工: give the ticket to a staff member or a team</source>
        <translation>派工: give the ticket to a staff member or a team</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="75" />
        <source>回访: record the owner's satisfaction and close the ticket</source>
        <translation>回访: record the owner's satisfaction and close the ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="82" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="82" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="83" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="83" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="84" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="84" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="85" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="85" />
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="86" />
        <source>Response due</source>
        <translation>Response due</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="86" />
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="87" />
        <source>Resolution due</source>
        <translation>Resolution due</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="87" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="88" />
        <source>Call-back due</source>
        <translation>Call-back due</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="88" />
        <source>Call-back</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="89" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="89" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="114" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="114" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="114" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="114" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="114" />
        <source>Status after</source>
        <translation>Status after</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="131" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="133" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="135" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="159" />
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="161" />
        <source>escalated to %1</source>
        <translation>escalated to %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="163" />
        <source>⚑ flagged for the manager</source>
        <translation>⚑ flagged for the manager</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="166" />
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="169" />
        <source>%1/5 by %2 at %3</source>
        <translation>%1/5 by %2 at %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="202" />
        <source> (first report)</source>
        <translation> (first report)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="257" />
        <source>from a spreadsheet</source>
        <translation>from a spreadsheet</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="96" />
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="96" />
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="121" />
        <source>Another unit (anonymous callers, common areas)…</source>
        <translation>Another unit (anonymous callers, common areas)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="132" />
        <source>What is it about, in a few words</source>
        <translation>What is it about, in a few words</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="136" />
        <source>What the caller said (Ctrl+Enter saves)</source>
        <translation>What the caller said (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="146" />
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="148" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="150" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="153" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="157" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="158" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="159" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="160" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="168" />
        <source>Title *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="169" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="170" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="172" />
        <source>Likely duplicates</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="176" />
        <source>Link to incident</source>
        <translation>Link to incident</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="183" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="184" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="240" />
        <source>Anonymous caller (no customer chosen)</source>
        <translation>Anonymous caller (no customer chosen)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="242" />
        <source>Caller: %1</source>
        <translation>Caller: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="252" />
        <source>— no unit —</source>
        <translation>— no unit —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="282" />
        <source>Do not link</source>
        <translation>Do not link</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="291" />
        <source>%1 ticket(s) of the same category from the same building within 24 hours. If it is the same incident (a broken lift, a burst pipe), link them.</source>
        <translation>%1 ticket(s) of the same category from the same building within 24 hours. If it is the same incident (a broken lift, a burst pipe), link them.</translation>
    </message>
</context>
<context>
    <name>TicketFiles</name>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="26" />
        <source>Import tickets</source>
        <translation>Import tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="35" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="36" />
        <source>%1 rows read: %2 tickets added, %3 already in the archive, %4 staff added.</source>
        <translation>%1 rows read: %2 tickets added, %3 already in the archive, %4 staff added.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="48" />
        <source>Importing tickets…</source>
        <translation>Importing tickets…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="65" />
        <source>Export tickets</source>
        <translation>Export tickets</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="74" />
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="75" />
        <source>%1 tickets written to %2 (phones masked).</source>
        <translation>%1 tickets written to %2 (phones masked).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="82" />
        <source>Exporting tickets…</source>
        <translation>Exporting tickets…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="93" />
        <source>Save ticket import template</source>
        <translation>Save ticket import template</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="125" />
        <source>Ticket no.</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="126" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="127" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="128" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="129" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="130" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="131" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="132" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="133" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="134" />
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="135" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="144" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="185" />
        <source>(anonymous)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="193" />
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="202" />
        <source>Overdue: due %1</source>
        <translation>Overdue: due %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="195" />
        <source>Escalated to %1</source>
        <translation>Escalated to %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="197" />
        <source>Flagged for the manager after a low call-back score</source>
        <translation>Flagged for the manager after a low call-back score</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="92" />
        <source>Transfer ownership of %1</source>
        <translation>Transfer ownership of %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="101" />
        <source>Current owner(s)</source>
        <translation>Current owner(s)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="102" />
        <source>New owner *</source>
        <translation>New owner *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="103" />
        <source>Transfer date</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="104" />
        <source>Reason the old owner left</source>
        <translation>Reason the old owner left</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="105" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="106" />
        <source>Add the new owner as a customer first if they are not in the archive.</source>
        <translation>Add the new owner as a customer first if they are not in the archive.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="113" />
        <source>Pick the new owner from the list</source>
        <translation>Pick the new owner from the list</translation>
    </message>
</context>
<context>
    <name>UnitHistoryView</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="252" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="252" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="252" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="276" />
        <source>Moved in</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="277" />
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="278" />
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="279" />
        <source>Renovation</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="280" />
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="287" />
        <source>by transfer</source>
        <translation>by transfer</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/pickers.py" line="57" />
        <source>Type a unit code, e.g. 3栋-2单元-1202</source>
        <translation>Type a unit code, e.g. 3栋-2单元-1202</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/help_viewer.py" line="174" />
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help_viewer.py" line="175" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>UserManagerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="175" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="185" />
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="186" />
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="187" />
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="242" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="188" />
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="199" />
        <source>Administrator: users, settings, restore. Manager: everything but users. Clerk: enters and edits records, ID numbers masked, cannot delete closed tickets. Viewer: reads only, personal data masked.</source>
        <translation>Administrator: users, settings, restore. Manager: everything but users. Clerk: enters and edits records, ID numbers masked, cannot delete closed tickets. Viewer: reads only, personal data masked.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="207" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="242" />
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="256" />
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="256" />
        <source>A new account for a colleague at this office.</source>
        <translation>A new account for a colleague at this office.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="289" />
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="290" />
        <source>Role of %1:</source>
        <translation>Role of %1:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="307" />
        <source>Deactivate user</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="309" />
        <source>%1 will no longer be able to log in. Their name stays on the records they made. Deactivate?</source>
        <translation>%1 will no longer be able to log in. Their name stays on the records they made. Deactivate?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="325" />
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="326" />
        <source>A new password for %1. Tell it to them in person; the account is unlocked as well.</source>
        <translation>A new password for %1. Tell it to them in person; the account is unlocked as well.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="72" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="73" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="74" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="75" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="76" />
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="82" />
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="84" />
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="86" />
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="87" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="220" />
        <source>Assessment weights</source>
        <translation>Assessment weights</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="231" />
        <source>Equal weights give the plain average. Assessments already recorded keep the total they were given.</source>
        <translation>Equal weights give the plain average. Assessments already recorded keep the total they were given.</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="38" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="39" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_ChartBox</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="168" />
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="205" />
        <source>Expectation</source>
        <translation>Expectation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="206" />
        <source>Perception</source>
        <translation>Perception</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="44" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="45" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="53" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="54" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>