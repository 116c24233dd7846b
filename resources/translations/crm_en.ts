<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="73" />
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../crm_desktop/ui/tasks.py" line="57" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks.py" line="82" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>CustomerArchiveTab</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="59" />
        <source>Search name, pinyin (zs), phone digits, unit 3栋-2单元-1202, ID tail</source>
        <translation>Search name, pinyin (zs), phone digits, unit 3栋-2单元-1202, ID tail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="79" />
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="80" />
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="81" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="82" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="83" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="89" />
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="90" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="91" />
        <source>Move in…</source>
        <translation>Move in…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="92" />
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="93" />
        <source>Move out…</source>
        <translation>Move out…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="94" />
        <source>Log contact…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="95" />
        <source>Communities and units…</source>
        <translation>Communities and units…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="96" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="97" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="152" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="154" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="155" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="172" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="191" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="241" />
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="278" />
        <source>Choose a unit</source>
        <translation>Choose a unit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="279" />
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
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="37" />
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="37" />
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="52" />
        <source>18 digits for a resident ID card</source>
        <translation>18 digits for a resident ID card</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="60" />
        <source>e.g. elderly living alone, wheelchair user</source>
        <translation>e.g. elderly living alone, wheelchair user</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="63" />
        <source>comma-separated, e.g. VIP, committee member</source>
        <translation>comma-separated, e.g. VIP, committee member</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="74" />
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="76" />
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="77" />
        <source>Customer type</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="78" />
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="79" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="80" />
        <source>Second phone</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="81" />
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="82" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="83" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="84" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="85" />
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="86" />
        <source>Preferred contact</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="88" />
        <source>Care and contact</source>
        <translation>Care and contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="90" />
        <source>Emergency contact</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="91" />
        <source>Emergency phone</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="92" />
        <source>Special needs</source>
        <translation>Special needs</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="93" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="94" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="95" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="102" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="103" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="130" />
        <source>(type to replace)</source>
        <translation>(type to replace)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="177" />
        <source>same ID number</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="177" />
        <source>same mobile</source>
        <translation>same mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="182" />
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="183" />
        <source>This customer may already be in the archive:</source>
        <translation>This customer may already be in the archive:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="184" />
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
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="75" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="76" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="77" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="78" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="79" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="80" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="81" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="90" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="100" />
        <source>Living here</source>
        <translation>Living here</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="100" />
        <source>Moved out / none</source>
        <translation>Moved out / none</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="103" />
        <source>Special needs: %1</source>
        <translation>Special needs: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="28" />
        <source>Please check the input</source>
        <translation>Please check the input</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="30" />
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="32" />
        <source>Record not found</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="34" />
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="36" />
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="38" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="39" />
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="59" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="60" />
        <source>Something went wrong that the program did not expect. Your saved data is safe; the last action may not have been saved. Please send the details below to support.</source>
        <translation>Something went wrong that the program did not expect. Your saved data is safe; the last action may not have been saved. Please send the details below to support.</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="76" />
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="85" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="86" />
        <source>%1 rows read: %2 customers added, %3 updated, %4 occupancies and %5 units added.</source>
        <translation>%1 rows read: %2 customers added, %3 updated, %4 occupancies and %5 units added.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="105" />
        <source>Importing customers…</source>
        <translation>Importing customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="116" />
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="127" />
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="128" />
        <source>%1 rows written to %2 (personal data masked).</source>
        <translation>%1 rows written to %2 (personal data masked).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="139" />
        <source>Exporting customers…</source>
        <translation>Exporting customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="150" />
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
        <location filename="../../crm_desktop/ui/labels.py" line="123" />
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
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="41" />
        <source>Property CRM Desktop</source>
        <translation>Property CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="44" />
        <location filename="../../crm_desktop/ui/main_window.py" line="64" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="45" />
        <source>The monthly KPIs and charts will appear here once the metrics are built. Customer archives are ready to use.</source>
        <translation>The monthly KPIs and charts will appear here once the metrics are built. Customer archives are ready to use.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="50" />
        <source>Move-in and renovation</source>
        <translation>Move-in and renovation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="51" />
        <source>Handovers, renovation permits and inspections are not available in this version yet. Records imported or created by the demo already show in each customer's timeline.</source>
        <translation>Handovers, renovation permits and inspections are not available in this version yet. Records imported or created by the demo already show in each customer's timeline.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="55" />
        <location filename="../../crm_desktop/ui/main_window.py" line="67" />
        <source>Complaints and service</source>
        <translation>Complaints and service</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="56" />
        <source>Ticket entry, dispatch and call-backs are not available in this version yet. Existing tickets show in each customer's timeline.</source>
        <translation>Ticket entry, dispatch and call-backs are not available in this version yet. Existing tickets show in each customer's timeline.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="60" />
        <location filename="../../crm_desktop/ui/main_window.py" line="68" />
        <source>Satisfaction surveys</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="61" />
        <source>Survey entry and results are not available in this version yet. Answered surveys show in each customer's timeline.</source>
        <translation>Survey entry and results are not available in this version yet. Answered surveys show in each customer's timeline.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="65" />
        <source>Customer archives</source>
        <translation>Customer archives</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="66" />
        <source>Move-in / renovation</source>
        <translation>Move-in / renovation</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="72" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="73" />
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="82" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="83" />
        <source>&amp;Import customers…</source>
        <translation>&amp;Import customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="86" />
        <source>&amp;Export customers…</source>
        <translation>&amp;Export customers…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="88" />
        <source>Save customer import &amp;template…</source>
        <translation>Save customer import &amp;template…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="90" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="99" />
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="103" />
        <source>&amp;Find customer</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="109" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="110" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="125" />
        <source>About Property CRM Desktop</source>
        <translation>About Property CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="126" />
        <source>Property CRM Desktop %1
Database: %2</source>
        <translation>Property CRM Desktop %1
Database: %2</translation>
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
    <name>UnitPicker</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/pickers.py" line="57" />
        <source>Type a unit code, e.g. 3栋-2单元-1202</source>
        <translation>Type a unit code, e.g. 3栋-2单元-1202</translation>
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
</TS>