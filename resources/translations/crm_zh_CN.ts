<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="73" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../crm_desktop/ui/tasks.py" line="57" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks.py" line="82" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>CustomerArchiveTab</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="59" />
        <source>Search name, pinyin (zs), phone digits, unit 3栋-2单元-1202, ID tail</source>
        <translation>搜索姓名、拼音（zs）、电话号码、房号 3栋-2单元-1202、证件尾号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="79" />
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="80" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="81" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="82" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="83" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="89" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="90" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="91" />
        <source>Move in…</source>
        <translation>入伙…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="92" />
        <source>Transfer…</source>
        <translation>过户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="93" />
        <source>Move out…</source>
        <translation>迁出…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="94" />
        <source>Log contact…</source>
        <translation>记录沟通…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="95" />
        <source>Communities and units…</source>
        <translation>小区与房屋…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="96" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="97" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="152" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="154" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="155" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="172" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="191" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="241" />
        <source>%1 customers</source>
        <translation>共 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="278" />
        <source>Choose a unit</source>
        <translation>请选择房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="279" />
        <source>Select the unit in the occupancy history first.</source>
        <translation>请先在入住记录中选择房屋。</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="32" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="33" />
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="34" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="35" />
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="36" />
        <source>Special needs</source>
        <translation>特殊需求</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="37" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="38" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="47" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="47" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="47" />
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="47" />
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="47" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="48" />
        <source>Reason left</source>
        <translation>迁出原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="63" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="63" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="63" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="76" />
        <source>Units (occupancy history)</source>
        <translation>房屋（入住记录）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="78" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="80" />
        <source>Select a customer to see their archive.</source>
        <translation>选择一位客户查看其档案。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="114" />
        <source>living here</source>
        <translation>在住</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="114" />
        <source>moved out / no unit</source>
        <translation>已迁出/无房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="139" />
        <source>Moved in</source>
        <translation>入住</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="140" />
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="141" />
        <source>Handover</source>
        <translation>入伙交房</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="142" />
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="143" />
        <source>Inspection</source>
        <translation>装修巡查</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="144" />
        <source>Service ticket</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="145" />
        <source>Survey answered</source>
        <translation>参与满意度调查</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/detail_view.py" line="153" />
        <source>by transfer</source>
        <translation>过户取得</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="37" />
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="37" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="52" />
        <source>18 digits for a resident ID card</source>
        <translation>居民身份证为 18 位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="60" />
        <source>e.g. elderly living alone, wheelchair user</source>
        <translation>如 独居老人、轮椅出行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="63" />
        <source>comma-separated, e.g. VIP, committee member</source>
        <translation>以逗号分隔，如 VIP, 业委会成员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="74" />
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="76" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="77" />
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="78" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="79" />
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="80" />
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="81" />
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="82" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="83" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="84" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="85" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="86" />
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="88" />
        <source>Care and contact</source>
        <translation>关怀与联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="90" />
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="91" />
        <source>Emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="92" />
        <source>Special needs</source>
        <translation>特殊需求</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="93" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="94" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="95" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="102" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="103" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="130" />
        <source>(type to replace)</source>
        <translation>（输入新号码以替换）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="177" />
        <source>same ID number</source>
        <translation>证件号码相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="177" />
        <source>same mobile</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="182" />
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="183" />
        <source>This customer may already be in the archive:</source>
        <translation>该客户可能已在档案中：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="184" />
        <source>Save anyway?</source>
        <translation>仍然保存？</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/pickers.py" line="68" />
        <source>Type a name, pinyin, phone digits or unit code</source>
        <translation>输入姓名、拼音、电话号码或房号</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="75" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="76" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="77" />
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="78" />
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="79" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="80" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="81" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="90" />
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="100" />
        <source>Living here</source>
        <translation>在住</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="100" />
        <source>Moved out / none</source>
        <translation>已迁出/无房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="103" />
        <source>Special needs: %1</source>
        <translation>特殊需求：%1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="28" />
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="30" />
        <source>Changed by someone else</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="32" />
        <source>Record not found</source>
        <translation>记录不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="34" />
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="36" />
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="38" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="39" />
        <source>Cannot do that</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="59" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="60" />
        <source>Something went wrong that the program did not expect. Your saved data is safe; the last action may not have been saved. Please send the details below to support.</source>
        <translation>程序遇到意外错误。已保存的数据是安全的，但最后一步操作可能未保存。请将下面的详细信息发送给技术支持。</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="76" />
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="85" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="86" />
        <source>%1 rows read: %2 customers added, %3 updated, %4 occupancies and %5 units added.</source>
        <translation>读取 %1 行：新增客户 %2 位，更新 %3 位，新增入住记录 %4 条、房屋 %5 套。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="105" />
        <source>Importing customers…</source>
        <translation>正在导入客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="116" />
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="127" />
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="128" />
        <source>%1 rows written to %2 (personal data masked).</source>
        <translation>已将 %1 行写入 %2（个人信息已脱敏）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="139" />
        <source>Exporting customers…</source>
        <translation>正在导出客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="150" />
        <source>Save import template</source>
        <translation>保存导入模板</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="38" />
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="42" />
        <source>%1 has %2 problem(s). Fix them in the file and import it again; nothing was changed.</source>
        <translation>%1 有 %2 处问题。请在文件中修改后重新导入；数据库未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="48" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="48" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="48" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="48" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="59" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="147" />
        <source>Log contact with %1</source>
        <translation>记录与 %1 的沟通</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="157" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="158" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="159" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="160" />
        <source>Summary *</source>
        <translation>内容摘要 *</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="10" />
        <location filename="../../crm_desktop/ui/labels.py" line="36" />
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="11" />
        <location filename="../../crm_desktop/ui/labels.py" line="37" />
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="12" />
        <source>Family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="13" />
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="19" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="20" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="26" />
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="27" />
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="28" />
        <source>Mainland travel permit (HK/Macau)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="29" />
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="30" />
        <location filename="../../crm_desktop/ui/labels.py" line="48" />
        <location filename="../../crm_desktop/ui/labels.py" line="65" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="38" />
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="44" />
        <source>Natural (relocation, sale, lease ended)</source>
        <translation>自然流失（搬迁、出售、租约到期）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="45" />
        <source>Dissatisfied with service</source>
        <translation>过失流失（对服务不满）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="46" />
        <source>Moved to a competitor</source>
        <translation>竞争流失（转投其他项目）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="47" />
        <source>Passive (eviction, arrears, breach)</source>
        <translation>被动流失（清退、欠费、违约）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="54" />
        <source>Move-in</source>
        <translation>入伙</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="55" />
        <source>Ownership transfer</source>
        <translation>过户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="56" />
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="62" />
        <source>Residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="63" />
        <source>Commercial</source>
        <translation>商用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="64" />
        <source>Parking</source>
        <translation>车位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="71" />
        <location filename="../../crm_desktop/ui/labels.py" line="149" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="72" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="73" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="74" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="75" />
        <location filename="../../crm_desktop/ui/labels.py" line="82" />
        <location filename="../../crm_desktop/ui/labels.py" line="150" />
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="81" />
        <source>Phone call</source>
        <translation>电话沟通</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="83" />
        <source>Care visit</source>
        <translation>关怀走访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="84" />
        <source>Greeting</source>
        <translation>节日/生日问候</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="85" />
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="86" />
        <source>Community event</source>
        <translation>社区活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="92" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="93" />
        <source>Living here</source>
        <translation>在住</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="94" />
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="100" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="101" />
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="102" />
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="103" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="104" />
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="110" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="111" />
        <source>Assigned</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="112" />
        <location filename="../../crm_desktop/ui/labels.py" line="123" />
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="113" />
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="114" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="115" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="121" />
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="122" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="124" />
        <source>Awaiting acceptance</source>
        <translation>待验收</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="125" />
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="126" />
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="127" />
        <location filename="../../crm_desktop/ui/labels.py" line="135" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="133" />
        <source>Scheduled</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="134" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="141" />
        <source>No problems</source>
        <translation>无问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="142" />
        <source>Violation</source>
        <translation>违章</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="148" />
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="151" />
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="163" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="164" />
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="165" />
        <source>Clerk</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="166" />
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="41" />
        <source>Property CRM Desktop</source>
        <translation>物业客户关系管理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="44" />
        <location filename="../../crm_desktop/ui/main_window.py" line="64" />
        <source>Dashboard</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="45" />
        <source>The monthly KPIs and charts will appear here once the metrics are built. Customer archives are ready to use.</source>
        <translation>月度指标与图表将在指标功能完成后显示于此。客户档案功能已可使用。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="50" />
        <source>Move-in and renovation</source>
        <translation>入住与装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="51" />
        <source>Handovers, renovation permits and inspections are not available in this version yet. Records imported or created by the demo already show in each customer's timeline.</source>
        <translation>本版本尚未提供交房、装修许可与巡查功能。已导入或演示生成的记录会显示在客户时间线中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="55" />
        <location filename="../../crm_desktop/ui/main_window.py" line="67" />
        <source>Complaints and service</source>
        <translation>投诉与服务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="56" />
        <source>Ticket entry, dispatch and call-backs are not available in this version yet. Existing tickets show in each customer's timeline.</source>
        <translation>本版本尚未提供工单受理、派工与回访功能。已有工单会显示在客户时间线中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="60" />
        <location filename="../../crm_desktop/ui/main_window.py" line="68" />
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="61" />
        <source>Survey entry and results are not available in this version yet. Answered surveys show in each customer's timeline.</source>
        <translation>本版本尚未提供问卷录入与结果分析。已有答卷会显示在客户时间线中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="65" />
        <source>Customer archives</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="66" />
        <source>Move-in / renovation</source>
        <translation>入住/装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="72" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="73" />
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="82" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="83" />
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="86" />
        <source>&amp;Export customers…</source>
        <translation>导出客户(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="88" />
        <source>Save customer import &amp;template…</source>
        <translation>保存客户导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="90" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="99" />
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="103" />
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="109" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="110" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="125" />
        <source>About Property CRM Desktop</source>
        <translation>关于物业客户关系管理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="126" />
        <source>Property CRM Desktop %1
Database: %2</source>
        <translation>物业客户关系管理 %1
数据库：%2</translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="69" />
        <source>Move in: %1</source>
        <translation>入伙：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="74" />
        <source>Unit *</source>
        <translation>房屋 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="75" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="76" />
        <source>Move-in date</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="81" />
        <source>Pick the unit from the list</source>
        <translation>请从列表中选择房屋</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="124" />
        <source>Move out of %1</source>
        <translation>迁出 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="131" />
        <source>Move-out date</source>
        <translation>迁出日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="132" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="133" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>StructureDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="72" />
        <source>Communities, buildings and units</source>
        <translation>小区、楼栋与房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="75" />
        <source>Community / building</source>
        <translation>小区 / 楼栋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="75" />
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="78" />
        <source>Unit code</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="78" />
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="254" />
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="78" />
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="255" />
        <source>Area m²</source>
        <translation>面积 m²</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="78" />
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="256" />
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="89" />
        <source>New community…</source>
        <translation>新建小区…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="91" />
        <source>New building…</source>
        <translation>新建楼栋…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="93" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="103" />
        <source>New unit…</source>
        <translation>新建房屋…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="105" />
        <source>Edit unit…</source>
        <translation>编辑房屋…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="121" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="170" />
        <source>Select the community the building belongs to first</source>
        <translation>请先选择楼栋所属的小区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="188" />
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="194" />
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="212" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="195" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="203" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="205" />
        <source>e.g. 3 or 3栋</source>
        <translation>如 3 或 3栋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="213" />
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="234" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="236" />
        <source>e.g. 2 or 2单元 (may be empty)</source>
        <translation>如 2 或 2单元（可为空）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="239" />
        <source>from room number</source>
        <translation>按房号推算</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="252" />
        <source>Entrance</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="253" />
        <source>Room *</source>
        <translation>房号 *</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="92" />
        <source>Transfer ownership of %1</source>
        <translation>%1 过户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="101" />
        <source>Current owner(s)</source>
        <translation>现业主</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="102" />
        <source>New owner *</source>
        <translation>新业主 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="103" />
        <source>Transfer date</source>
        <translation>过户日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="104" />
        <source>Reason the old owner left</source>
        <translation>原业主离开原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="105" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="106" />
        <source>Add the new owner as a customer first if they are not in the archive.</source>
        <translation>如新业主尚未建档，请先新建客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="113" />
        <source>Pick the new owner from the list</source>
        <translation>请从列表中选择新业主</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/pickers.py" line="57" />
        <source>Type a unit code, e.g. 3栋-2单元-1202</source>
        <translation>输入房号，如 3栋-2单元-1202</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="38" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/occupancy_dialogs.py" line="39" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="44" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/structure_dialog.py" line="45" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>