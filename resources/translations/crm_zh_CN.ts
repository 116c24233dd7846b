<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="106" />
        <source>About Property CRM Desktop</source>
        <translation>关于物业客户关系管理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="109" />
        <source>Property CRM Desktop</source>
        <translation>物业客户关系管理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="110" />
        <source>Customer relations for property-management offices</source>
        <translation>物业服务中心的客户关系管理系统</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="117" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="118" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="119" />
        <source>Settings of this computer</source>
        <translation>本机设置文件</translation>
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
        <translation>操作系统</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="134" />
        <source>The program ships with the libraries and the font listed below, each under its own licence. Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files in the program folder and may be replaced by modified versions; their source code is available from https://download.qt.io.</source>
        <translation>本程序附带下列程序库和字体，各自遵循其许可协议。Qt 和 PySide6 按 GNU LGPL 第 3 版使用：它们的库是程序文件夹中的独立文件，可以替换为修改后的版本；其源代码可从 https://download.qt.io 获取。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="155" />
        <source>Select a component to read its licence.</source>
        <translation>选择一个组件以阅读其许可协议。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="163" />
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="249" />
        <source>Acceptance · %1</source>
        <translation>竣工验收 · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="251" />
        <source>Accept</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="256" />
        <source>e.g. damage to the corridor wall</source>
        <translation>例如：损坏楼道墙面</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="258" />
        <source>Later</source>
        <translation>稍后退还</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="259" />
        <source>Now</source>
        <translation>当场退还</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="263" />
        <source>Deposit received</source>
        <translation>已收押金</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="264" />
        <source>Deductions so far</source>
        <translation>已扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="265" />
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="266" />
        <source>Deduction at acceptance</source>
        <translation>验收扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="267" />
        <source>Reason for it</source>
        <translation>扣款原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="268" />
        <source>Proposed refund</source>
        <translation>建议退还金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="269" />
        <source>Refund the deposit</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="270" />
        <source>Refund amount</source>
        <translation>退还金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="271" />
        <source>Refund date</source>
        <translation>退还日期</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="63" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="64" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="79" />
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>AddDefectDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="264" />
        <source>Add a defect: %1</source>
        <translation>添加问题：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="267" />
        <source>Defect *</source>
        <translation>问题 *</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/__init__.py" line="86" />
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/__init__.py" line="91" />
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/__init__.py" line="93" />
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/__init__.py" line="95" />
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="60" />
        <source>Administrator account</source>
        <translation>管理员账户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="61" />
        <source>The administrator adds the other users and decides their roles.</source>
        <translation>管理员负责添加其他用户并分配角色。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="70" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="71" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="72" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="74" />
        <source>At least %1 characters. Keep it safe: nobody can read it back.</source>
        <translation>至少 %1 个字符。请妥善保管：任何人都无法查看已设置的密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="95" />
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="111" />
        <source>(press Back to correct it)</source>
        <translation>（请点击“上一步”修改）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/opening.py" line="203" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/opening.py" line="210" />
        <source>The database chosen in Settings cannot be opened:
%1

%2

Open the local database on this computer instead? (Settings → Database changes the choice.)</source>
        <translation>无法打开在“设置”中选择的数据库：
%1

%2

改为打开本机的本地数据库吗？（可在“设置 → 数据库”中更改选择。）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/opening.py" line="226" />
        <source>If the file is damaged, an administrator can put a backup back from the command line:
crm-desktop restore --db "%1" --from BACKUP-FILE</source>
        <translation>如果文件已损坏，管理员可以在命令行中恢复备份：
crm-desktop restore --db "%1" --from 备份文件</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="122" />
        <source>Assessment of %1</source>
        <translation>%1 的素质测评</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="125" />
        <source>A year, quarter or month: 2026, 2026-Q3, 2026-09</source>
        <translation>年、季度或月份：2026、2026-Q3、2026-09</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="133" />
        <source>Indicator</source>
        <translation>测评指标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="134" />
        <source>Score (1–5)</source>
        <translation>得分（1–5）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="135" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="152" />
        <source>Weighted total</source>
        <translation>加权总分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="158" />
        <source>Period *</source>
        <translation>考核期 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="159" />
        <source>Assessed on</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="160" />
        <source>Method</source>
        <translation>测评方法</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="161" />
        <source>Assessor *</source>
        <translation>测评人 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="162" />
        <source>Scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="170" />
        <source>Comment</source>
        <translation>意见建议</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="107" />
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="107" />
        <source>Instructions</source>
        <translation>派工说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="113" />
        <source>(team)</source>
        <translation>（班组）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="117" />
        <source>Staff or team *</source>
        <translation>员工或班组 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="124" />
        <source>Add staff in the Staff view first.</source>
        <translation>请先在“员工”页添加员工。</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="32" />
        <source>unknown user name</source>
        <translation>未知用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="33" />
        <source>account locked</source>
        <translation>账号已锁定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="34" />
        <source>wrong password; locked</source>
        <translation>密码错误；账号已锁定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="35" />
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="36" />
        <source>account deactivated</source>
        <translation>账号已停用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="37" />
        <source>first start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="37" />
        <source>id_number</source>
        <translation>证件号码</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="45" />
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="46" />
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="47" />
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="48" />
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="49" />
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="50" />
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="51" />
        <source>Showed in clear</source>
        <translation>查看明文</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="52" />
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="53" />
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="54" />
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="60" />
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="61" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="62" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="63" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="64" />
        <source>Occupancy</source>
        <translation>入住记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="65" />
        <source>Contact record</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="66" />
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="67" />
        <source>Ticket history</source>
        <translation>工单记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="68" />
        <source>Ticket numbering</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="69" />
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="70" />
        <source>Staff assessment</source>
        <translation>员工测评</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="71" />
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="72" />
        <source>Survey question</source>
        <translation>问卷题目</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="73" />
        <source>Survey response</source>
        <translation>答卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="74" />
        <source>Survey answer</source>
        <translation>答卷答案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="75" />
        <source>Move-in</source>
        <translation>入住</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="76" />
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="77" />
        <source>Inspection</source>
        <translation>装修巡查</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="78" />
        <source>Deposit deduction</source>
        <translation>押金扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="79" />
        <source>Handover defect</source>
        <translation>交房问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="80" />
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="81" />
        <source>SLA</source>
        <translation>服务时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="82" />
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="83" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="84" />
        <source>Report</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="145" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="146" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="147" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="148" />
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="149" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="150" />
        <source>Detail</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="180" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="187" />
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="190" />
        <source>Check the chain…</source>
        <translation>校验日志链…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="192" />
        <source>Recompute every entry's hash to find entries that were edited or deleted</source>
        <translation>重新计算每条记录的哈希值，查找被修改或删除的记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="197" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="198" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="199" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="200" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="201" />
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="231" />
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="233" />
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="248" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="262" />
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="266" />
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="271" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="288" />
        <source>Entries: %1</source>
        <translation>记录数：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="318" />
        <source>Audit log intact</source>
        <translation>审计日志完好</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="319" />
        <source>All %1 entries are intact: none was edited or deleted.</source>
        <translation>全部 %1 条记录完好：没有记录被修改或删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="326" />
        <source>Audit log damaged</source>
        <translation>审计日志已被篡改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="327" />
        <source>The audit log was tampered with at entry %1:</source>
        <translation>审计日志在第 %1 条记录处被篡改：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/audit_viewer.py" line="337" />
        <source>Checking the audit log</source>
        <translation>正在校验审计日志</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../crm_desktop/ui/tasks.py" line="59" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/tasks.py" line="84" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="34" />
        <source>Database backups (*.db);;All files (*)</source>
        <translation>数据库备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="49" />
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="52" />
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="77" />
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="88" />
        <source>Backup written to %1 (%2).</source>
        <translation>备份已写入 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="93" />
        <source>Backup finished</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="97" />
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="125" />
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="126" />
        <source>Wait until the running import, export or backup has finished, then restore.</source>
        <translation>请等待正在进行的导入、导出或备份完成后再恢复。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="132" />
        <source>Choose the backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="161" />
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="171" />
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="173" />
        <source>The backup %1 was restored. The database as it was before is kept as %2.

The program now reopens the database.</source>
        <translation>已恢复备份 %1。恢复前的数据库已保留为 %2。

程序现在将重新打开数据库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="183" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="232" />
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="253" />
        <source>Today's automatic backup was written to %1.</source>
        <translation>今天的自动备份已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="260" />
        <source>Database checked: no problems found.</source>
        <translation>数据库检查完毕：未发现问题。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="271" />
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="272" />
        <source>Today's automatic backup could not be made:
%1

Your data is not affected, but there is no backup of today. Make one now (File → Back up now…) and check the backup folder in Settings.</source>
        <translation>今天的自动备份未能完成：
%1

您的数据未受影响，但今天还没有备份。请立即备份（文件 → 立即备份…），并在“设置”中检查备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/actions.py" line="281" />
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="71" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="76" />
        <source>This desk works on a PostgreSQL server, which is backed up on the server with its own tools (pg_dump). Ask whoever looks after the server; see the user guide.</source>
        <translation>本工作站使用 PostgreSQL 服务器，该服务器用其自带工具（pg_dump）在服务器上备份。请联系服务器的管理员；详见用户指南。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="80" />
        <source>Only a manager or an administrator may change the backup folder.</source>
        <translation>只有主管或管理员可以更改备份文件夹。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="82" />
        <source>Backup &amp;folder</source>
        <translation>备份文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="83" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="84" />
        <source>Default folder</source>
        <translation>默认文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="85" />
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="87" />
        <source>The first start of each day copies the database into this folder. The newest %1 copies and the last one of each month are kept. Choose a folder on another disk or a USB drive that is plugged in, so that a broken disk does not take the backups with it.</source>
        <translation>每天第一次启动程序时，数据库会复制到此文件夹。保留最近 %1 份以及每月最后一份。请选择另一块硬盘或一直插着的 U 盘上的文件夹，以免硬盘损坏时备份一起丢失。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="97" />
        <source>None yet in this folder.</source>
        <translation>此文件夹中还没有备份。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="101" />
        <source>%1 kept; the newest from %2.</source>
        <translation>已保留 %1 份；最新一份为 %2。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/backup_page.py" line="106" />
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="164" />
        <source>Call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="164" />
        <source>What the owner said</source>
        <translation>业主反馈</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="168" />
        <source>Call</source>
        <translation>联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="172" />
        <source>1 very dissatisfied</source>
        <translation>1 很不满意</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="173" />
        <source>2 dissatisfied</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="174" />
        <source>3 neutral</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="175" />
        <source>4 satisfied</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="176" />
        <source>5 very satisfied</source>
        <translation>5 很满意</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="184" />
        <source>Satisfaction *</source>
        <translation>满意度 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="187" />
        <source>Called by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="200" />
        <source>Choose the owner's satisfaction, 1 to 5.</source>
        <translation>请选择业主满意度（1–5）。</translation>
    </message>
</context>
<context>
    <name>CallbackQueueModel</name>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="44" />
        <source>Call back by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="45" />
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="46" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="47" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="48" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="49" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="50" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="51" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="52" />
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="65" />
        <source>Call-back overdue since %1</source>
        <translation>回访已超时（应于 %1 前完成）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="70" />
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
</context>
<context>
    <name>CallbackQueueView</name>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="96" />
        <source>Due today or overdue only</source>
        <translation>只看今天到期和已超时的</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="98" />
        <source>Record call-back…</source>
        <translation>登记回访…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="101" />
        <source>Open ticket</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="103" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="120" />
        <source>Resolving a complaint or repair puts it here. Call the owner, then record the score (1–5); a score of 1 or 2 flags the ticket for the manager and offers to reopen it.</source>
        <translation>投诉和报修解决后会进入回访队列。请致电业主并登记满意度（1–5）；1 或 2 分的工单会提请主管关注，并可重新打开。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/callback_queue.py" line="137" />
        <source>%1 call-backs waiting, %2 overdue</source>
        <translation>待回访 %1 件，已超时 %2 件</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="158" />
        <source>Campaign</source>
        <translation>调查活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="158" />
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="201" />
        <source>Period</source>
        <translation>调查期间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="158" />
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="202" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="158" />
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="172" />
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="375" />
        <source>New campaign</source>
        <translation>新建调查活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="173" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="187" />
        <source>e.g. 2026 年第三季度满意度调查</source>
        <translation>例如：2026 年第三季度满意度调查</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="196" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="200" />
        <source>Campaign name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="203" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="205" />
        <source>Draft: being prepared. Open: responses can be entered. Ended: the results are final.</source>
        <translation>草稿：正在准备；进行中：可以录入答卷；已结束：结果已定稿。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="228" />
        <source>Add question…</source>
        <translation>添加题目…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="229" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="230" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="231" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="232" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="233" />
        <source>Copy the default questionnaire</source>
        <translation>复制默认问卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="235" />
        <source>Adds the standard property-service questionnaire: NPS, overall satisfaction (CSAT), two SERVQUAL items for each of the five dimensions and a comment box.</source>
        <translation>添加标准物业服务问卷：净推荐值 NPS、总体满意度 CSAT、SERVQUAL 五个维度各两题，以及一栏意见建议。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="249" />
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="255" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="257" />
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="258" />
        <source>Enter responses…</source>
        <translation>录入答卷…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="351" />
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="352" />
        <source>The campaign has changes that are not saved. Discard them?</source>
        <translation>该调查活动有尚未保存的修改，确定放弃吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="465" />
        <source>Delete campaign</source>
        <translation>删除调查活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="466" />
        <source>Delete the campaign %1 and its questionnaire?</source>
        <translation>确定删除调查活动“%1”及其问卷吗？</translation>
    </message>
</context>
<context>
    <name>CancelMoveInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="246" />
        <source>Cancel handover of %1</source>
        <translation>取消 %1 的交房</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="248" />
        <source>Cancel handover</source>
        <translation>取消交房</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="249" />
        <source>Keep it</source>
        <translation>保留预约</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="251" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="252" />
        <source>Booked for</source>
        <translation>预约交房日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="253" />
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="37" />
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="55" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="39" />
        <source>An administrator set your password. Choose your own before you continue.</source>
        <translation>您的密码由管理员设置。继续使用前请设置您自己的密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="41" />
        <source>Choose a new password for %1.</source>
        <translation>为 %1 设置新密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="44" />
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="50" />
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="51" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="52" />
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="56" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="56" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/password_dialog.py" line="70" />
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="210" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="210" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="213" />
        <source>Complaints and repairs are closed by their call-back. To close this one without it, say why (e.g. the owner could not be reached).</source>
        <translation>投诉和报修在回访后关闭。如不回访直接关闭，请说明原因（例如联系不上业主）。</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="41" />
        <source>First community</source>
        <translation>第一个小区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="42" />
        <source>The residential community (小区) your office looks after.</source>
        <translation>您的服务中心所管理的住宅小区。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="47" />
        <source>Community name</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="50" />
        <source>More communities, buildings and units can be added later in Customer archives.</source>
        <translation>以后可在“客户档案”中添加更多小区、楼栋和房屋。</translation>
    </message>
</context>
<context>
    <name>ComponentModel</name>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="91" />
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="91" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/about_dialog.py" line="91" />
        <source>Licence</source>
        <translation>许可协议</translation>
    </message>
</context>
<context>
    <name>CustomerArchiveTab</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="60" />
        <source>Search name, pinyin (zs), phone digits, unit 3栋-2单元-1202, ID tail</source>
        <translation>搜索姓名、拼音（zs）、电话号码、房号 3栋-2单元-1202、证件尾号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="80" />
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="81" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="82" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="83" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="84" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="90" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="91" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="92" />
        <source>Move in…</source>
        <translation>入伙…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="93" />
        <source>Transfer…</source>
        <translation>过户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="94" />
        <source>Move out…</source>
        <translation>迁出…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="95" />
        <source>Log contact…</source>
        <translation>记录沟通…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="96" />
        <source>Communities and units…</source>
        <translation>小区与房屋…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="97" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="98" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="153" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="155" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="156" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="173" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="215" />
        <source>Searching customers</source>
        <translation>正在搜索客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="223" />
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="287" />
        <source>%1 customers</source>
        <translation>共 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="324" />
        <source>Choose a unit</source>
        <translation>请选择房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/archive_tab.py" line="325" />
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
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="40" />
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="40" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="55" />
        <source>18 digits for a resident ID card</source>
        <translation>居民身份证为 18 位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="57" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="58" />
        <source>Show the ID number in clear; this is recorded in the audit log</source>
        <translation>显示完整证件号码；此操作会记入审计日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="68" />
        <source>e.g. elderly living alone, wheelchair user</source>
        <translation>如 独居老人、轮椅出行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="71" />
        <source>comma-separated, e.g. VIP, committee member</source>
        <translation>以逗号分隔，如 VIP, 业委会成员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="82" />
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="84" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="85" />
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="86" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="87" />
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="88" />
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="89" />
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="94" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="95" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="96" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="97" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="98" />
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="100" />
        <source>Care and contact</source>
        <translation>关怀与联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="102" />
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="103" />
        <source>Emergency phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="104" />
        <source>Special needs</source>
        <translation>特殊需求</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="105" />
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="106" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="107" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="114" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="115" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="142" />
        <source>(type to replace)</source>
        <translation>（输入新号码以替换）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="208" />
        <source>same ID number</source>
        <translation>证件号码相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="208" />
        <source>same mobile</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="213" />
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="214" />
        <source>This customer may already be in the archive:</source>
        <translation>该客户可能已在档案中：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_dialog.py" line="215" />
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
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="87" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="88" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="89" />
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="90" />
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="91" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="92" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="93" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="102" />
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="112" />
        <source>Living here</source>
        <translation>在住</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="112" />
        <source>Moved out / none</source>
        <translation>已迁出/无房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/customer_model.py" line="115" />
        <source>Special needs: %1</source>
        <translation>特殊需求：%1</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="134" />
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="141" />
        <source>The database failed its integrity check</source>
        <translation>数据库未通过完整性检查</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="148" />
        <source>SQLite found damage in %1 (for example after a power cut or a failing disk). Records may be missing or wrong, and saving more may make it worse.</source>
        <translation>SQLite 在 %1 中发现损坏（例如因断电或硬盘故障）。记录可能缺失或有误，继续保存可能使情况更糟。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="160" />
        <source>The newest backup that passes the check was made on %1 and holds %2 customers and %3 tickets:
%4</source>
        <translation>通过检查的最新备份制作于 %1，包含 %2 位客户和 %3 张工单：
%4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="170" />
        <source>No backup that passes the check was found in %1. Copy the database file somewhere safe and call your support contact before entering more data.</source>
        <translation>在 %1 中没有找到通过检查的备份。请先把数据库文件复制到安全的地方，并联系技术支持，然后再录入数据。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="179" />
        <source>Restore this backup…</source>
        <translation>恢复此备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="186" />
        <source>Only an administrator can restore it: ask one to sign in and choose File → Restore from backup…</source>
        <translation>只有管理员可以恢复：请管理员登录后选择“文件 → 从备份恢复…”</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="192" />
        <source>Continue without restoring</source>
        <translation>不恢复，继续</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="267" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="269" />
        <source>Monthly reports…</source>
        <translation>月度报表…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="274" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="387" />
        <source>NPS and CSAT, last 12 months</source>
        <translation>近 12 个月 NPS 与 CSAT</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="388" />
        <source>Retention rate (%), last 12 months</source>
        <translation>近 12 个月客户保持率（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="390" />
        <source>Complaints resolved within SLA (%), last 12 months</source>
        <translation>近 12 个月投诉按时解决率（%）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="292" />
        <source>Renovations needing attention</source>
        <translation>需关注的装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="61" />
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="304" />
        <source>Customers at risk</source>
        <translation>流失预警客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="55" />
        <source>NPS</source>
        <translation>NPS 净推荐值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="56" />
        <source>CSAT</source>
        <translation>CSAT 满意率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="57" />
        <source>Open complaints</source>
        <translation>未解决投诉</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="58" />
        <source>Overdue complaints</source>
        <translation>超时投诉</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="59" />
        <source>Resolved within SLA</source>
        <translation>按时解决率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="60" />
        <source>Retention rate</source>
        <translation>客户保持率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="67" />
        <source>Net Promoter Score of this month's survey answers: % promoters (9–10) − % detractors (0–6). Click to see the survey results.</source>
        <translation>本月答卷的净推荐值：推荐者（9–10 分）占比 − 贬损者（0–6 分）占比。点击查看测评结果。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="72" />
        <source>Share of this month's overall-satisfaction answers scoring 4 or 5. Click to see the survey results.</source>
        <translation>本月总体满意度答卷中 4 分或 5 分所占比例。点击查看测评结果。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="76" />
        <source>Complaints not resolved at the end of the month (now, for the current month). Click to list them.</source>
        <translation>月末尚未解决的投诉（本月为当前）。点击查看清单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="80" />
        <source>Open complaints past their due time. Click to list them.</source>
        <translation>已超过处理时限的未解决投诉。点击查看清单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="83" />
        <source>Complaints resolved this month by their due time. Click to list this month's complaints.</source>
        <translation>本月在时限内解决的投诉比例。点击查看本月投诉。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="86" />
        <source>Customers living here at the start of the month who still do at its end. Click for the retention report.</source>
        <translation>月初在住、月末仍在住的客户比例。点击打开客户保持月报。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="90" />
        <source>Customers whose recent answers, complaints or call-backs add up to 3 or more risk points. Click to see the list below.</source>
        <translation>近期答卷、投诉或回访累计达到 3 分及以上预警分的客户。点击查看下方名单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="112" />
        <source>last month: %1</source>
        <translation>上月：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="116" />
        <source>same as last month</source>
        <translation>与上月持平</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="119" />
        <source> pp</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="121" />
        <source>vs last month %1</source>
        <translation>较上月 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="349" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="350" />
        <source>Units</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="351" />
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="352" />
        <source>Score</source>
        <translation>预警分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="353" />
        <source>Reasons</source>
        <translation>预警原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="354" />
        <source>Suggested win-back action</source>
        <translation>建议挽回措施</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="366" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="389" />
        <source>Complaints by category in the month shown</source>
        <translation>所选月份投诉类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="408" />
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="416" />
        <source>Updating the dashboard</source>
        <translation>正在更新首页</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="431" />
        <source>The dashboard could not be updated.</source>
        <translation>首页未能更新。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="438" />
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="445" />
        <source>Past the planned end: %1</source>
        <translation>超过计划完工日期：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="446" />
        <source>Open violations: %1</source>
        <translation>违规未整改：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="447" />
        <source>Deposit not refunded: %1</source>
        <translation>押金未退：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="448" />
        <source>Under way: %1</source>
        <translation>施工中：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="459" />
        <source>%1 customers at risk; the %2 with the highest scores are shown. Double-click one to open their archive.</source>
        <translation>共 %1 位预警客户，显示分值最高的 %2 位。双击打开客户档案。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="467" />
        <source>%1 customers at risk. Double-click one to open their archive.</source>
        <translation>共 %1 位预警客户。双击打开客户档案。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="472" />
        <source>No customer is at risk this month.</source>
        <translation>本月没有流失预警客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="539" />
        <source>Recent NPS detractor</source>
        <translation>近期 NPS 贬损</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="540" />
        <source>Overdue complaint</source>
        <translation>投诉超时未解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="541" />
        <source>Repeat complaints in 90 days</source>
        <translation>90 天内多次投诉</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="542" />
        <source>Low call-back score</source>
        <translation>回访评分低</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dashboard/dashboard_tab.py" line="543" />
        <source>Low recent CSAT</source>
        <translation>近期满意度低</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="119" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="122" />
        <source>Only a manager or an administrator may change the database of this desk.</source>
        <translation>只有主管或管理员可以更改本工作站的数据库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="123" />
        <source>Open now: %1</source>
        <translation>当前打开：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="124" />
        <source>The local database file of this computer (default)</source>
        <translation>本机的本地数据库文件（默认）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="125" />
        <source>Another database file on this computer</source>
        <translation>本机上的其他数据库文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="126" />
        <source>A shared PostgreSQL server (several desks)</source>
        <translation>共享的 PostgreSQL 服务器（多个工作站）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="127" />
        <source>e.g. D:\CRM\office.db</source>
        <translation>例如 D:\CRM\office.db</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="128" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="129" />
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="130" />
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="130" />
        <source>P&amp;ort</source>
        <translation>端口(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="130" />
        <source>Data&amp;base</source>
        <translation>数据库名(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="131" />
        <source>&amp;User</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="131" />
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="133" />
        <source>e.g. 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="134" />
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="135" />
        <source>&amp;Copy the data there…</source>
        <translation>把数据复制过去(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="137" />
        <source>Copy everything in the database open now into the chosen one, which must be empty: the way to move the office to a shared server.</source>
        <translation>把当前打开的数据库中的全部内容复制到所选的数据库（它必须为空）：服务中心改用共享服务器时用它搬数据。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="141" />
        <source>The choice is stored on this computer and used from the next start of the program; starting it with --db overrides it. A database file must be on this computer: several desks share one PostgreSQL server instead (see the user guide). The password is stored in the settings of this computer's user account.</source>
        <translation>此选择保存在本机，从下次启动程序起生效；用 --db 参数启动时以参数为准。数据库文件必须在本机上：多个工作站应共用一台 PostgreSQL 服务器（见用户指南）。密码保存在本机当前用户的设置中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="206" />
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="206" />
        <source>Database files (*.db *.sqlite);;All files (*)</source>
        <translation>数据库文件 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="222" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="225" />
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="259" />
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="280" />
        <source>Copy the data</source>
        <translation>复制数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="260" />
        <source>Copy every record of %1 into %2?

The database open now is not changed. The other database must be empty; on a PostgreSQL server, create it first (see the user guide).</source>
        <translation>把 %1 的全部记录复制到 %2 吗？

当前打开的数据库不会改动。目标数据库必须为空；在 PostgreSQL 服务器上请先建好它（见用户指南）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="268" />
        <source>Copying the data</source>
        <translation>正在复制数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="275" />
        <source>%1 records copied to %2.</source>
        <translation>已将 %1 条记录复制到 %2。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="281" />
        <source>The data is copied. Use %1 on this desk from the next start?</source>
        <translation>数据已复制。本工作站从下次启动起使用 %1 吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="306" />
        <source>Saved. The program opens %1 from its next start.</source>
        <translation>已保存。程序下次启动时将打开 %1。</translation>
    </message>
</context>
<context>
    <name>DeductionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="392" />
        <source>Deduct from the deposit · %1</source>
        <translation>押金扣款 · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="403" />
        <source>Deposit received</source>
        <translation>已收押金</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="404" />
        <source>Deductions so far</source>
        <translation>已扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="405" />
        <source>Amount *</source>
        <translation>金额 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="406" />
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="407" />
        <source>For the violation of</source>
        <translation>对应的违规巡查</translation>
    </message>
</context>
<context>
    <name>DistributionCharts</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="239" />
        <source>No answers to chart in this campaign or period.</source>
        <translation>该调查活动或期间内没有可统计的答卷。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="42" />
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="44" />
        <source>Changed by someone else</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="46" />
        <source>Record not found</source>
        <translation>记录不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="48" />
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="50" />
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="52" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="53" />
        <source>Cannot do that</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="74" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="75" />
        <source>Something went wrong that the program did not expect. Your saved data is safe; the last action may not have been saved. Please send the details below to support.</source>
        <translation>程序遇到意外错误。已保存的数据是安全的，但最后一步操作可能未保存。请将下面的详细信息发送给技术支持。</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="247" />
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="247" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="257" />
        <source>Due %1 · %2</source>
        <translation>时限 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="260" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="261" />
        <source>Manager *</source>
        <translation>主管 *</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="129" />
        <source>Set up Property CRM Desktop</source>
        <translation>初始设置 — 物业客户关系管理</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="88" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="89" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="125" />
        <source>Complete handover: %1 → %2</source>
        <translation>办理交房：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="130" />
        <source>Complete handover</source>
        <translation>完成交房</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="134" />
        <source>ID card and purchase or lease contract checked</source>
        <translation>已查验身份证及购房合同或租赁合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="143" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="160" />
        <source>e.g. crack in the living-room wall</source>
        <translation>例如：客厅墙面有裂缝</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="162" />
        <source>Add defect</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="165" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="174" />
        <source>Defects found at handover</source>
        <translation>交房时发现的问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="178" />
        <source>Tick a defect that was put right on the spot; the others stay open for follow-up.</source>
        <translation>当场已整改的问题请打勾，其余问题将列入跟进清单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="184" />
        <source>Booked for</source>
        <translation>预约交房日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="185" />
        <source>Handover date</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="186" />
        <source>Documents</source>
        <translation>资料查验</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="187" />
        <source>Keys handed over</source>
        <translation>移交钥匙（把）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="188" />
        <source>Water meter</source>
        <translation>水表读数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="189" />
        <source>Electricity meter</source>
        <translation>电表读数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="190" />
        <source>Gas meter</source>
        <translation>燃气表读数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="191" />
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="192" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="132" />
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="132" />
        <source>Waiting for</source>
        <translation>等待事项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="133" />
        <source>e.g. parts on order, owner away until Monday</source>
        <translation>例如：配件已订购、业主周一前不在家</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="134" />
        <source>The SLA clock stops until the ticket is resumed.</source>
        <translation>挂起期间时限暂停计时，恢复处理后继续。</translation>
    </message>
</context>
<context>
    <name>HousingLabels</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="10" />
        <source>Load-bearing structure</source>
        <translation>承重结构</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="11" />
        <source>Facade</source>
        <translation>外立面</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="12" />
        <source>Waterproofing</source>
        <translation>防水</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="13" />
        <source>Working hours/noise</source>
        <translation>施工时间/噪音</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="14" />
        <source>Debris</source>
        <translation>建筑垃圾</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="15" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="21" />
        <source>Booked (upcoming and overdue)</source>
        <translation>已预约（待交房及逾期）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="22" />
        <source>Upcoming</source>
        <translation>待交房</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="23" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="24" />
        <source>With unrectified defects</source>
        <translation>有未整改问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="25" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="26" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="27" />
        <location filename="../../crm_desktop/ui/housing/labels.py" line="33" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="34" />
        <source>Not finished</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="35" />
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="36" />
        <source>Past planned end</source>
        <translation>超过计划完工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="37" />
        <source>With open violations</source>
        <translation>有未整改违规</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="38" />
        <source>Deposit not refunded</source>
        <translation>押金未退</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="44" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="45" />
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="52" />
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="53" />
        <source>Start work…</source>
        <translation>开工…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="54" />
        <source>Work finished…</source>
        <translation>完工…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="55" />
        <source>Accept…</source>
        <translation>验收…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="56" />
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="57" />
        <source>Cancel renovation…</source>
        <translation>取消装修…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/labels.py" line="63" />
        <source>Back to work…</source>
        <translation>返工…</translation>
    </message>
</context>
<context>
    <name>HousingPrinting</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/printing.py" line="42" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/printing.py" line="51" />
        <source>Writing %1</source>
        <translation>正在生成 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/printing.py" line="66" />
        <source>PDF saved</source>
        <translation>PDF 已保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/printing.py" line="67" />
        <source>Saved to %1.
Open it now?</source>
        <translation>已保存到 %1。
现在打开吗？</translation>
    </message>
</context>
<context>
    <name>HousingTab</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/housing_tab.py" line="32" />
        <source>Move-ins (handovers)</source>
        <translation>入伙交房</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/housing_tab.py" line="33" />
        <source>Renovations</source>
        <translation>装修管理</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="84" />
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="93" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="94" />
        <source>%1 rows read: %2 customers added, %3 updated, %4 occupancies and %5 units added.</source>
        <translation>读取 %1 行：新增客户 %2 位，更新 %3 位，新增入住记录 %4 条、房屋 %5 套。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="110" />
        <source>Importing customers…</source>
        <translation>正在导入客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="121" />
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="132" />
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="133" />
        <source>%1 rows written to %2 (personal data masked).</source>
        <translation>已将 %1 行写入 %2（个人信息已脱敏）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="143" />
        <source>Exporting customers…</source>
        <translation>正在导出客户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/archives/import_dialogs.py" line="154" />
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
    <name>InspectionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="323" />
        <source>Record an inspection · %1</source>
        <translation>登记巡查 · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="339" />
        <source>What was seen, where</source>
        <translation>巡查发现的情况及位置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="343" />
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="344" />
        <source>Inspected at</source>
        <translation>巡查时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="345" />
        <source>Inspector *</source>
        <translation>巡查人 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="346" />
        <source>Result</source>
        <translation>巡查结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="347" />
        <source>Violation type</source>
        <translation>违规类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="348" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="349" />
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="350" />
        <source>Deduct from deposit</source>
        <translation>从押金中扣除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="351" />
        <source>Reason for deduction</source>
        <translation>扣款原因</translation>
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
        <location filename="../../crm_desktop/ui/labels.py" line="123" />
        <source>In progress</source>
        <comment>renovation</comment>
        <translation>施工中</translation>
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
    <name>LanguagePage</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/language_page.py" line="47" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/language_page.py" line="50" />
        <source>Interface &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/language_page.py" line="51" />
        <source>Dates and numbers</source>
        <translation>日期和数字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/language_page.py" line="59" />
        <source>The new language applies at once to every open window and is remembered on this computer. The open tabs are reloaded; finish and save any form first. Starting the program with --lang overrides this choice.</source>
        <translation>新语言立即应用到所有打开的窗口，并记在本机。打开的标签页会重新载入，请先完成并保存正在填写的表单。用 --lang 参数启动程序时以参数为准。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/language_page.py" line="71" />
        <source>An import, export or other work is still running; switch the language when it has finished.</source>
        <translation>导入、导出或其他工作仍在进行中，请在完成后再切换语言。</translation>
    </message>
</context>
<context>
    <name>LazyIdModel</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="200" />
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="51" />
        <source>Log in — Property CRM Desktop</source>
        <translation>登录 — 物业客户关系管理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="104" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="66" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="67" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="71" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="72" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="106" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/login_dialog.py" line="138" />
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="36" />
        <source>Property CRM Desktop</source>
        <translation>物业客户关系管理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="43" />
        <source>Dashboard</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="46" />
        <source>Complaints and service</source>
        <translation>投诉与服务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="47" />
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="44" />
        <source>Customer archives</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="45" />
        <source>Move-in / renovation</source>
        <translation>入住/装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="54" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="55" />
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="80" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="81" />
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="84" />
        <source>&amp;Export customers…</source>
        <translation>导出客户(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="86" />
        <source>Save customer import &amp;template…</source>
        <translation>保存客户导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="88" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="92" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="102" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="103" />
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="107" />
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="113" />
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="114" />
        <source>&amp;Monthly reports…</source>
        <translation>月度报表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="119" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="120" />
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="123" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="63" />
        <source>Monthly reports</source>
        <translation>月度报表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="70" />
        <source>Satisfaction report (满意度月报)</source>
        <translation>满意度月报</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="71" />
        <source>Retention report (客户保持月报)</source>
        <translation>客户保持月报</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="87" />
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="90" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="92" />
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="94" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="100" />
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="100" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="101" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="107" />
        <source>Choose a report and a month, then Generate.</source>
        <translation>选择报表和月份，然后点击“生成”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="142" />
        <source>The preview shows another report or month; Generate to see this one.</source>
        <translation>预览的是另一份报表或另一个月份；点击“生成”查看当前选择。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="150" />
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="166" />
        <source>The report was not generated.</source>
        <translation>报表未生成。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="172" />
        <source>Generating the report</source>
        <translation>正在生成报表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="186" />
        <source>%1 for %2: %3 pages</source>
        <translation>%1（%2）：共 %3 页</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="219" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="219" />
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="233" />
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="236" />
        <source>Preparing the pages for printing</source>
        <translation>正在准备打印页面</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="246" />
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="264" />
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="247" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="265" />
        <source>The report cannot be saved as %1:
%2

Choose another folder.</source>
        <translation>报表无法保存为 %1：
%2

请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/report_dialog.py" line="272" />
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>MoveInDetailView</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="52" />
        <source>Select a handover to see it here.</source>
        <translation>选择一条入伙交房记录以查看详情。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="58" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="59" />
        <source>Booked for</source>
        <translation>预约交房日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="60" />
        <source>Handed over</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="61" />
        <source>Documents</source>
        <translation>资料查验</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="62" />
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="63" />
        <source>Meter readings</source>
        <translation>表底读数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="64" />
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="65" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="76" />
        <source>Defect</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="76" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="76" />
        <source>Rectified on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="87" />
        <source>Add defect…</source>
        <translation>添加问题…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="88" />
        <source>Mark rectified…</source>
        <translation>标记已整改…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="93" />
        <source>Defects found at handover</source>
        <translation>交房时发现的问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="99" />
        <source>Unit history</source>
        <translation>房屋历史</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="125" />
        <source>water</source>
        <translation>水表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="126" />
        <source>electricity</source>
        <translation>电表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="127" />
        <source>gas</source>
        <translation>燃气表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="136" />
        <source>checked</source>
        <translation>已查验</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="136" />
        <source>not checked yet</source>
        <translation>尚未查验</translation>
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
    <name>MoveInTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="44" />
        <source>Scheduled</source>
        <translation>已预约</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="45" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="46" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="47" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="48" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="49" />
        <source>Handed over</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="50" />
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="51" />
        <source>Open defects</source>
        <translation>未整改问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="62" />
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>MoveInsView</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="194" />
        <source>Search unit, customer name or pinyin</source>
        <translation>搜索房号、客户姓名或拼音</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="207" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="212" />
        <source>Schedule handover…</source>
        <translation>预约交房…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="213" />
        <source>Change booking…</source>
        <translation>修改预约…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="214" />
        <source>Complete handover…</source>
        <translation>办理交房…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="215" />
        <source>Cancel handover…</source>
        <translation>取消交房…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="269" />
        <source>Upcoming: %1</source>
        <translation>待交房：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="270" />
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="271" />
        <source>Unrectified defects: %1</source>
        <translation>未整改问题：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="283" />
        <source>%1 handovers</source>
        <translation>共 %1 条交房记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="389" />
        <source>Defect rectified</source>
        <translation>问题已整改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_view.py" line="390" />
        <source>Rectified on</source>
        <translation>整改完成日期</translation>
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
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="125" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="126" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="127" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="128" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="129" />
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="133" />
        <source>At least %1 characters. The user must choose a new password at the next login.</source>
        <translation>至少 %1 个字符。该用户下次登录时必须设置新密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="141" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="142" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="155" />
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="25" />
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="26" />
        <source>This database is new. Three short steps prepare it for your office.</source>
        <translation>这是一个新数据库。三个简单步骤即可为您的服务中心准备就绪。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="29" />
        <source>e.g. Sunshine Garden Property Service Centre</source>
        <translation>例如：阳光花园物业服务中心</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="32" />
        <source>Office name</source>
        <translation>服务中心名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/first_run.py" line="34" />
        <source>The office name appears on every report and on the login window.</source>
        <translation>服务中心名称显示在每份报表和登录窗口上。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="82" />
        <source>Office</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="85" />
        <source>Only a manager or an administrator may change the office settings.</source>
        <translation>只有主管或管理员可以更改服务中心设置。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="86" />
        <source>Office &amp;name</source>
        <translation>服务中心名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="86" />
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="86" />
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="86" />
        <source>Report &amp;signatory</source>
        <translation>报表签发人(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="87" />
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="90" />
        <source>e.g. Sunshine Garden property service centre</source>
        <translation>例如：阳光花园物业服务中心</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="91" />
        <source>e.g. the customer-service supervisor who signs the reports</source>
        <translation>例如：签发报表的客服主管</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="92" />
        <source>Choose picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="93" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="95" />
        <source>The monthly reports, permits and inspection records print this header. Every desk that shares the database prints the same one.</source>
        <translation>月度报表、施工许可证和巡查记录都打印此抬头。共用同一数据库的所有工作站打印的抬头相同。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="109" />
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="109" />
        <source>The logo cannot be shown</source>
        <translation>无法显示徽标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="115" />
        <source>Choose the office logo</source>
        <translation>选择服务中心徽标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="115" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="125" />
        <source>%1 is larger than 2 MB; choose a smaller picture</source>
        <translation>%1 大于 2 MB，请选择较小的图片</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="129" />
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/office_page.py" line="136" />
        <source>%1 is not a picture the program can read</source>
        <translation>%1 不是本程序能读取的图片</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/qt_strings.py" line="14" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/qt_strings.py" line="15" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/qt_strings.py" line="17" />
        <source>Page &amp;order:</source>
        <translation>页面顺序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/qt_strings.py" line="18" />
        <source>Pages &amp;per sheet:</source>
        <translation>每张页数(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../crm_desktop/ui/qt_strings.py" line="16" />
        <source>Page &amp;Set:</source>
        <translation>页面集(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="60" />
        <source>Edit question</source>
        <translation>编辑题目</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="60" />
        <source>Add question</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="70" />
        <source>One option per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="71" />
        <source>The respondent must answer this question</source>
        <translation>此题为必答题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="73" />
        <source>Question type</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="74" />
        <source>SERVQUAL dimension</source>
        <translation>SERVQUAL 维度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="75" />
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="76" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="80" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="81" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="87" />
        <source>This question already has answers: its type and dimension stay as they are.</source>
        <translation>此题已有答卷，题型和维度不能再改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="124" />
        <source>Write the question as it is printed on the questionnaire.</source>
        <translation>请按问卷上印的原文填写题目。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/campaign_editor.py" line="128" />
        <source>A choice question needs at least two options.</source>
        <translation>选择题至少需要两个选项。</translation>
    </message>
</context>
<context>
    <name>QuestionTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="95" />
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="96" />
        <source>Question type</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="97" />
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="98" />
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="99" />
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="100" />
        <source>Answers</source>
        <translation>答题数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/question_model.py" line="138" />
        <source>Already answered: the question cannot be removed and its type cannot change.</source>
        <translation>已有答卷：此题不能移除，题型也不能修改。</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="424" />
        <source>Refund the deposit · %1</source>
        <translation>退还押金 · %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="429" />
        <source>Deposit received</source>
        <translation>已收押金</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="430" />
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="431" />
        <source>Proposed refund</source>
        <translation>建议退还金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="432" />
        <source>Refund amount *</source>
        <translation>退还金额 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="433" />
        <source>Refund date</source>
        <translation>退还日期</translation>
    </message>
</context>
<context>
    <name>RenovationDetailView</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="71" />
        <source>Select a renovation to see it here.</source>
        <translation>选择一条装修记录以查看详情。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="76" />
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="236" />
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="94" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="95" />
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="96" />
        <source>Contractor phone</source>
        <translation>施工单位电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="97" />
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="98" />
        <source>Planned</source>
        <translation>计划工期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="99" />
        <source>Work finished</source>
        <translation>实际完工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="105" />
        <source>Deposit received</source>
        <translation>已收押金</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="106" />
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="107" />
        <source>Proposed refund</source>
        <translation>建议退还金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="108" />
        <source>Refunded</source>
        <translation>已退押金</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="109" />
        <source>Open violations</source>
        <translation>未整改违规</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="131" />
        <source>Time</source>
        <translation>巡查时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="132" />
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="133" />
        <source>Result</source>
        <translation>巡查结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="134" />
        <source>Violation</source>
        <translation>违章</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="135" />
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="136" />
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="137" />
        <source>Deducted</source>
        <translation>扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="138" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="145" />
        <source>Record inspection…</source>
        <translation>登记巡查…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="146" />
        <source>Violation rectified…</source>
        <translation>违规已整改…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="147" />
        <source>Print inspection record…</source>
        <translation>打印巡查记录…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="159" />
        <source>Recorded</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="159" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="159" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="164" />
        <source>Add deduction…</source>
        <translation>添加扣款…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="165" />
        <source>Remove deduction</source>
        <translation>删除扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="166" />
        <source>Refund deposit…</source>
        <translation>退还押金…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="183" />
        <source>Inspections</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="184" />
        <source>Deposit and deductions</source>
        <translation>押金与扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="185" />
        <source>Unit history</source>
        <translation>房屋历史</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="186" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="234" />
        <source>Finished: the status no longer changes.</source>
        <translation>已办结：状态不再变更。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="240" />
        <source>(past the planned end)</source>
        <translation>（已超过计划完工日期）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="244" />
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="268" />
        <source>Scope: %1</source>
        <translation>装修范围：%1</translation>
    </message>
</context>
<context>
    <name>RenovationDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="69" />
        <source>New renovation</source>
        <translation>新建装修申请</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="71" />
        <source>Edit renovation %1</source>
        <translation>编辑装修 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="80" />
        <source>— not in the archive —</source>
        <translation>— 未在客户档案中 —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="89" />
        <source>e.g. kitchen and bathroom refit, new flooring, no structural changes</source>
        <translation>例如：厨卫翻新、更换地板，不涉及结构改动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="99" />
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="102" />
        <source>Permit number *</source>
        <translation>许可证编号 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="100" />
        <source>Unit *</source>
        <translation>房屋 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="103" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="110" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="113" />
        <source>Owner in the archive</source>
        <translation>档案中的业主</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="114" />
        <source>Applicant *</source>
        <translation>申请人 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="115" />
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="116" />
        <source>Contractor phone</source>
        <translation>施工单位电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="117" />
        <source>Scope of work</source>
        <translation>装修范围及内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="118" />
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="119" />
        <source>Planned period</source>
        <translation>计划工期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="120" />
        <source>Deposit received</source>
        <translation>已收押金</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="121" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="147" />
        <source>The deposit has been refunded; the amount received can no longer change.</source>
        <translation>押金已退还，已收金额不能再修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="180" />
        <source>Pick the unit from the list</source>
        <translation>请从列表中选择房屋</translation>
    </message>
</context>
<context>
    <name>RenovationTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="125" />
        <source>Permit number</source>
        <translation>许可证编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="126" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="127" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="128" />
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="129" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="130" />
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="131" />
        <source>Planned end</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="132" />
        <source>Deposit</source>
        <translation>装修押金</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="133" />
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="134" />
        <source>Refunded</source>
        <translation>已退押金</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="135" />
        <source>Open violations</source>
        <translation>未整改违规</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="161" />
        <source>Past the planned end and not finished</source>
        <translation>已超过计划完工日期仍未完工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/models.py" line="163" />
        <source>Refunded on %1</source>
        <translation>已于 %1 退还</translation>
    </message>
</context>
<context>
    <name>RenovationsView</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="335" />
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="339" />
        <source>Search permit number, unit, applicant, contractor</source>
        <translation>搜索许可证编号、房号、申请人、施工单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="349" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="355" />
        <source>New renovation…</source>
        <translation>新建装修申请…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="356" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="357" />
        <source>Print permit…</source>
        <translation>打印施工许可证…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="417" />
        <source>In progress: %1</source>
        <translation>施工中：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="418" />
        <source>Past planned end: %1</source>
        <translation>超过计划完工：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="419" />
        <source>Open violations: %1</source>
        <translation>违规未整改：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="420" />
        <source>Deposits not refunded: %1</source>
        <translation>押金未退：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="428" />
        <source>Accepted, rejected or cancelled renovations whose deposit is still held</source>
        <translation>已验收、已驳回或已取消但押金尚未退还的装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="431" />
        <source>Approved or in progress although the planned end has passed</source>
        <translation>已超过计划完工日期但仍处于已批准或施工中的装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="437" />
        <source>%1 renovations</source>
        <translation>共 %1 条装修记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="539" />
        <source>Violation rectified</source>
        <translation>违规已整改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="540" />
        <source>Rectified on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="558" />
        <source>Remove deduction</source>
        <translation>删除扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="559" />
        <source>Remove the deduction of %1 (%2)?</source>
        <translation>删除 %1 的扣款（%2）？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="589" />
        <source>Save renovation permit</source>
        <translation>保存施工许可证</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_view.py" line="602" />
        <source>Save inspection record</source>
        <translation>保存巡查记录</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="232" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="232" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="146" />
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="146" />
        <source>What was done</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/action_dialogs.py" line="148" />
        <source>A call-back to the owner will be scheduled.</source>
        <translation>系统将安排对业主的回访。</translation>
    </message>
</context>
<context>
    <name>ResponseEntryForm</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="211" />
        <source>The date written on the questionnaire</source>
        <translation>问卷上填写的日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="216" />
        <source>Campaign</source>
        <translation>调查活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="218" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="220" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="227" />
        <source>Owner: unit code (1202, 3栋-2单元-1202), name, pinyin initials (zs) or phone digits</source>
        <translation>业主：房号（1202、3栋-2单元-1202）、姓名、拼音首字母（zs）或手机号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="230" />
        <source>Unit of the anonymous questionnaire (optional)</source>
        <translation>匿名问卷的房屋（可不填）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="239" />
        <source>&amp;Anonymous</source>
        <translation>匿名(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="240" />
        <source>No name on the questionnaire (Alt+A); give the unit if it is known</source>
        <translation>问卷上没有署名（Alt+A）；知道房号的请填上</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="244" />
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="286" />
        <source>Respondent</source>
        <translation>答卷人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="264" />
        <source>Save and next (Enter)</source>
        <translation>保存并录入下一份（回车）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="266" />
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="269" />
        <source>Tab: next field · Enter: save and start the next questionnaire</source>
        <translation>Tab：下一栏 · 回车：保存并开始下一份问卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="286" />
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="286" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="286" />
        <source>NPS</source>
        <translation>净推荐值 NPS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="286" />
        <source>CSAT</source>
        <translation>满意度 CSAT</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="300" />
        <source>Delete selected response</source>
        <translation>删除选中的答卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="307" />
        <source>Entered this session</source>
        <translation>本次已录入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="352" />
        <source>Your role may only read records: responses cannot be entered.</source>
        <translation>您的角色只能查看记录，不能录入答卷。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="355" />
        <source>No campaign is open for entry. On the Campaigns page, set a campaign's status to Open.</source>
        <translation>目前没有进行中的调查活动。请在“调查活动与问卷”页把调查活动的状态改为“进行中”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="390" />
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="393" />
        <source>Perception</source>
        <translation>感知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="410" />
        <source>Copy the comment as written (Enter saves)</source>
        <translation>照原文录入意见（回车保存）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="509" />
        <source>Pick the respondent from the list (Enter takes the first), or clear the field.</source>
        <translation>请从列表中选择答卷人（回车选第一个），或清空此栏。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="571" />
        <source>Entered this session: %1</source>
        <translation>本次已录入：%1 份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="584" />
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="598" />
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="595" />
        <source>Delete response</source>
        <translation>删除答卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="596" />
        <source>Delete questionnaire %1 (%2)? Use this for a questionnaire entered by mistake.</source>
        <translation>确定删除第 %1 份问卷（%2）吗？仅用于删除录错的问卷。</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="67" />
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="73" />
        <source>Replace all data in the database with this backup?</source>
        <translation>用此备份替换数据库中的全部数据吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="84" />
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="93" />
        <source>%1 customers, %2 tickets</source>
        <translation>%1 位客户，%2 张工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="86" />
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="87" />
        <source>Backup made:</source>
        <translation>备份时间：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="88" />
        <source>Last change in it:</source>
        <translation>其中最后一次修改：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="89" />
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="90" />
        <source>It holds:</source>
        <translation>备份内容：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="97" />
        <source>The database now holds:</source>
        <translation>当前数据库：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="101" />
        <source>Everything entered after the backup was made disappears from the database. A copy of the current database is kept first, next to it in %1, named %2.</source>
        <translation>备份之后录入的所有内容都将从数据库中消失。恢复前会先在 %1 中保留当前数据库的副本，文件名为 %2。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="109" />
        <source>After the restore the program reopens the database.</source>
        <translation>恢复完成后，程序将重新打开数据库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="112" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/backup/dialogs.py" line="113" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="314" />
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="428" />
        <source>Campaign</source>
        <translation>调查活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="315" />
        <source>Period</source>
        <translation>调查期间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="324" />
        <source>First day of the period</source>
        <translation>期间第一天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="325" />
        <source>Last day of the period (included)</source>
        <translation>期间最后一天（含当天）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="328" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="329" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="330" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="331" />
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="332" />
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="333" />
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="338" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="346" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="350" />
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="387" />
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="352" />
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="387" />
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="359" />
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="387" />
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="360" />
        <source>NPS (net promoter score)</source>
        <translation>净推荐值 NPS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="361" />
        <source>CSAT (satisfied, 4–5 of 5)</source>
        <translation>满意度 CSAT（4–5 分为满意）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="362" />
        <source>Satisfaction index C = b/a</source>
        <translation>满意度指数 C = b/a</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="369" />
        <source>SERVQUAL dimension</source>
        <translation>SERVQUAL 维度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="369" />
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="369" />
        <source>Perception</source>
        <translation>感知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="369" />
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="370" />
        <source>C = b/a</source>
        <translation>C = b/a</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="370" />
        <source>Answers</source>
        <translation>答题数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="381" />
        <source>SERVQUAL: expectation (a), perception (b), gap and C = b/a</source>
        <translation>SERVQUAL：期望（a）、感知（b）、差距与 C = b/a</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="387" />
        <source>NPS</source>
        <translation>净推荐值 NPS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="388" />
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="388" />
        <source>Passives</source>
        <translation>中立者</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="388" />
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="388" />
        <source>Detractors %</source>
        <translation>贬损者占比</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="389" />
        <source>CSAT %</source>
        <translation>满意度 CSAT</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="389" />
        <source>CSAT mean</source>
        <translation>满意度均分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="398" />
        <source>By building</source>
        <translation>按楼栋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="399" />
        <source>By community</source>
        <translation>按小区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="405" />
        <source>NPS and CSAT by community and building: where the detractors live</source>
        <translation>各小区、各楼栋的净推荐值 NPS 与满意度 CSAT：贬损者住在哪里</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="428" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="428" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="428" />
        <source>Respondent</source>
        <translation>答卷人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="428" />
        <source>Comment</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="441" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="442" />
        <source>Answer distributions</source>
        <translation>答案分布</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="443" />
        <source>Comments</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="487" />
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="499" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="587" />
        <source>There are no campaigns yet.</source>
        <translation>还没有调查活动。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="601" />
        <source>The newest %1 of %2 comments</source>
        <translation>共 %2 条意见建议，显示最新的 %1 条</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="604" />
        <source>%1 comments</source>
        <translation>共 %1 条意见建议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="625" />
        <source>All responses of the campaign</source>
        <translation>该调查活动的全部答卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="628" />
        <source>Responses from %1 to %2 (all campaigns)</source>
        <translation>%1 至 %2 的答卷（全部调查活动）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="643" />
        <source>Promoters %1 · Passives %2 · Detractors %3 (of %4 answers)</source>
        <translation>推荐者 %1 · 中立者 %2 · 贬损者 %3（共 %4 份回答）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="652" />
        <source>Mean %1 of 5 (%2 answers)</source>
        <translation>均分 %1（满分 5 分，共 %2 份回答）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="659" />
        <source>Perception / expectation over all SERVQUAL answers; below 1.00 expectations are not met.</source>
        <translation>全部 SERVQUAL 回答的感知 / 期望；低于 1.00 表示未达到业主期望。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="698" />
        <source>Expectation (a)</source>
        <translation>期望（a）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="699" />
        <source>Perception (b)</source>
        <translation>感知（b）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="735" />
        <source>(no unit given)</source>
        <translation>（未填房号）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="757" />
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
</context>
<context>
    <name>ScheduleMoveInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="64" />
        <source>Schedule a handover</source>
        <translation>预约交房</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="64" />
        <source>Change handover booking</source>
        <translation>修改交房预约</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="74" />
        <source>e.g. bring ID card and purchase contract</source>
        <translation>例如：请携带身份证及购房合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="76" />
        <source>Unit *</source>
        <translation>房屋 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="77" />
        <source>Customer *</source>
        <translation>客户 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="78" />
        <source>Add the customer in the customer archives first if they are not there yet.</source>
        <translation>如客户尚未建档，请先在客户档案中添加。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="83" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="84" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="88" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="89" />
        <source>Handover booked for</source>
        <translation>预约交房日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="90" />
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="91" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="108" />
        <source>Pick the unit from the list</source>
        <translation>请从列表中选择房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/move_in_dialogs.py" line="110" />
        <source>Pick the customer from the list</source>
        <translation>请从列表中选择客户</translation>
    </message>
</context>
<context>
    <name>ScoreEdit</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/entry_form.py" line="144" />
        <source>Scores here are %1 to %2.</source>
        <translation>此处只能填 %1 至 %2 分。</translation>
    </message>
</context>
<context>
    <name>ServiceLabels</name>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="28" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="29" />
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="30" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="31" />
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="32" />
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="33" />
        <source>Owners' meeting</source>
        <translation>业主大会</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="34" />
        <location filename="../../crm_desktop/ui/service/labels.py" line="49" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="40" />
        <source>Cleaning</source>
        <translation>保洁</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="41" />
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="42" />
        <source>Repairs and facilities</source>
        <translation>维修与设施</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="43" />
        <source>Parking</source>
        <translation>车位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="44" />
        <source>Noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="45" />
        <source>Greenery</source>
        <translation>绿化</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="46" />
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="47" />
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="48" />
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="55" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="56" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="57" />
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="58" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="64" />
        <source>Round the clock</source>
        <translation>全天候计时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="65" />
        <source>Office hours</source>
        <translation>工作时间计时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="71" />
        <source>Direct observation</source>
        <translation>直接观察</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="72" />
        <source>Interview</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="73" />
        <source>Skill test</source>
        <translation>技能测试</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="74" />
        <source>Combined</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="80" />
        <source>Business skill</source>
        <translation>业务技能</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="81" />
        <source>Communication</source>
        <translation>沟通能力</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="82" />
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="83" />
        <source>Work enthusiasm</source>
        <translation>工作热情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="84" />
        <source>Team spirit</source>
        <translation>团队精神</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="91" />
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="92" />
        <source>Commun.</source>
        <translation>沟通</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="93" />
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="94" />
        <source>Enthus.</source>
        <translation>热情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="95" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="102" />
        <source>Taken</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="103" />
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="104" />
        <source>Dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="105" />
        <source>Work started</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="106" />
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="107" />
        <source>Resumed</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="108" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="109" />
        <source>Called back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="110" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="111" />
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="112" />
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="113" />
        <source>Severity changed</source>
        <translation>修改紧急程度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="114" />
        <source>Details changed</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="115" />
        <source>Linked to incident</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="116" />
        <source>Unlinked from incident</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="117" />
        <source>Manager's flag cleared</source>
        <translation>取消主管关注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="124" />
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="125" />
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="126" />
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="127" />
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="128" />
        <source>description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="129" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="130" />
        <source>unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="131" />
        <source>received time</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="137" />
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="138" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="139" />
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="140" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="141" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="142" />
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="143" />
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="144" />
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="30" />
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="30" />
        <source>Respond within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="30" />
        <source>Resolve within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="30" />
        <source>Clock</source>
        <translation>计时方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="74" />
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="77" />
        <source>Time limits (SLA) and holiday calendar</source>
        <translation>服务时限（SLA）与节假日日历</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="78" />
        <source>Change SLA and holiday calendar…</source>
        <translation>修改时限与节假日日历…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="79" />
        <source>Show SLA and holiday calendar…</source>
        <translation>查看时限与节假日日历…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="80" />
        <source>Ticket categories</source>
        <translation>工单类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="82" />
        <source>The categories are the fixed list of the import and export files (类别 column), so that spreadsheets from every office read the same. They cannot be changed in this version.</source>
        <translation>类别是导入导出文件（“类别”列）的固定列表，以便各服务中心的表格含义一致。本版本中不能修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="97" />
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="109" />
        <source>Office hours %1–%2; call back within %3 days.</source>
        <translation>办公时间 %1–%2；%3 天内回访。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/service_page.py" line="117" />
        <source>Holiday calendar: %1 days entered for %2, %3 for %4.</source>
        <translation>节假日日历：%2 年已录入 %1 天，%4 年已录入 %3 天。</translation>
    </message>
</context>
<context>
    <name>ServiceTab</name>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="82" />
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="86" />
        <source>Call-backs</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="89" />
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="99" />
        <source>Search ticket no., title, customer (name, pinyin, phone), unit</source>
        <translation>搜索工单号、标题、客户（姓名、拼音、电话）、房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="108" />
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="109" />
        <source>Flagged for manager</source>
        <translation>提请主管关注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="125" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="126" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="127" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="128" />
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="134" />
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="135" />
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="136" />
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="145" />
        <source>&amp;New ticket</source>
        <translation>新建工单(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="146" />
        <source>Take a phone call, visit or message as a ticket (Ctrl+T)</source>
        <translation>把来电、来访或留言登记为工单（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="148" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="150" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="151" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="152" />
        <source>SLA and calendar…</source>
        <translation>时限与节假日…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="195" />
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="197" />
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="198" />
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="199" />
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="202" />
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="204" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="195" />
        <source>Open (not resolved)</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="200" />
        <source>(team)</source>
        <translation>（班组）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="248" />
        <source>%1 tickets</source>
        <translation>共 %1 张工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="250" />
        <source>%1 overdue in all</source>
        <translation>全部超时 %1 张</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="426" />
        <source>Delete ticket</source>
        <translation>删除工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="427" />
        <source>Delete ticket %1 (%2) and its history? This cannot be undone.</source>
        <translation>删除工单 %1（%2）及其处理记录？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="452" />
        <source>Low call-back score</source>
        <translation>回访评分偏低</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="453" />
        <source>The owner gave %1 out of 5. The ticket is flagged for the manager.

Reopen it now so that the problem is dealt with again?</source>
        <translation>业主评分为 %1 分（满分 5 分），该工单已提请主管关注。

现在重新打开工单，再次处理该问题吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/service_tab.py" line="457" />
        <source>Call-back scored %1/5</source>
        <translation>回访评分 %1/5</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="223" />
        <source>unknown customer type; use one of {choices}</source>
        <translation>未知的客户类型，请使用：{choices}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="231" />
        <source>unknown gender; use 男 or 女</source>
        <translation>未知的性别，请填写 男 或 女</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="239" />
        <source>unknown ID type; use one of {choices}</source>
        <translation>未知的证件类型，请使用：{choices}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="316" />
        <location filename="../../crm_desktop/services/survey_io.py" line="198" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="213" />
        <source>the cell has {length} characters, more than {limit}</source>
        <translation>单元格有 {length} 个字符，超过上限 {limit}</translation>
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
        <translation>{column}为必填项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="352" />
        <location filename="../../crm_desktop/services/customer_io.py" line="418" />
        <location filename="../../crm_desktop/services/customer_io.py" line="429" />
        <location filename="../../crm_desktop/services/survey_io.py" line="220" />
        <location filename="../../crm_desktop/services/survey_io.py" line="263" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="273" />
        <source>longer than {limit} characters</source>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="360" />
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="365" />
        <source>is more than a year in the future</source>
        <translation>晚于一年以后</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="371" />
        <source>move-out date {end} is before the move-in date {start}</source>
        <translation>迁出日期 {end} 早于入住日期 {start}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="383" />
        <source>unknown move-out reason; use one of {choices}</source>
        <translation>未知的迁出原因，请使用：{choices}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="388" />
        <source>a move-out reason needs a 迁出日期</source>
        <translation>填写迁出原因时须同时填写迁出日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="402" />
        <location filename="../../crm_desktop/services/survey_io.py" line="236" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="261" />
        <source>the year {year} is impossible</source>
        <translation>年份 {year} 不合理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="420" />
        <source>mobile phone {problem}</source>
        <translation>手机号{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="423" />
        <source>ID number {problem}</source>
        <translation>证件号码{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="425" />
        <location filename="../../crm_desktop/services/survey_io.py" line="269" />
        <source>phone {problem}</source>
        <translation>电话号码{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="489" />
        <source>the same ID number is on row {row} for {name}</source>
        <translation>第 {row} 行的 {name} 使用了相同的证件号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="688" />
        <source>this ID number belongs to the customer {name} (#{id}) in the archive</source>
        <translation>该证件号码属于档案中的客户 {name}（#{id}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="747" />
        <source>row {row} gives the same customer another ID number</source>
        <translation>第 {row} 行为同一客户填写了另一个证件号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="835" />
        <source>row {row} has the same occupancy with another move-out</source>
        <translation>第 {row} 行为同一入住记录填写了不同的迁出信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="877" />
        <source>{name} already lives in this unit from {start} ({until}) at that time</source>
        <translation>{name} 在该时间已入住此房屋（自 {start}，{until}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="897" />
        <location filename="../../crm_desktop/services/survey_io.py" line="473" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="542" />
        <location filename="../../crm_desktop/services/uow.py" line="102" />
        <source>Your role may only read records</source>
        <translation>您的角色只能查看记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="914" />
        <location filename="../../crm_desktop/services/survey_io.py" line="507" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="556" />
        <source>Comparing with the archive</source>
        <translation>正在与档案比对</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="936" />
        <source>Someone else added the same units or customers while the file was imported; nothing was imported. Import the file again.</source>
        <translation>导入期间他人新增了相同的房屋或客户，本次未导入任何数据。请重新导入该文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="953" />
        <location filename="../../crm_desktop/services/customer_io.py" line="957" />
        <location filename="../../crm_desktop/services/survey_io.py" line="497" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="511" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="531" />
        <source>Checking rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="988" />
        <location filename="../../crm_desktop/services/survey_io.py" line="637" />
        <location filename="../../crm_desktop/services/survey_io.py" line="675" />
        <location filename="../../crm_desktop/services/survey_io.py" line="706" />
        <location filename="../../crm_desktop/services/survey_io.py" line="708" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="634" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_io.py" line="1356" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="781" />
        <source>Your role may not export unmasked ID numbers and phones</source>
        <translation>您的角色无权导出未脱敏的证件号码和电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="49" />
        <location filename="../../crm_desktop/services/housing.py" line="86" />
        <location filename="../../crm_desktop/services/staff.py" line="137" />
        <location filename="../../crm_desktop/services/tickets.py" line="382" />
        <source>{label} is required</source>
        <translation>请填写{label}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="57" />
        <source>{label} {value} is not an amount</source>
        <translation>{label}“{value}”不是有效金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="63" />
        <source>{label} {value} has more than two decimal places</source>
        <translation>{label}“{value}”的小数超过两位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="71" />
        <source>{label} cannot be negative</source>
        <translation>{label}不能为负数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="74" />
        <source>{label} is too large</source>
        <translation>{label}数额过大</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="158" />
        <source>Name is required</source>
        <translation>姓名为必填项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="160" />
        <source>Name is longer than 100 characters</source>
        <translation>姓名超过 100 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="163" />
        <source>Unknown customer type {value!r}</source>
        <translation>未知的客户类型 {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="168" />
        <source>Unknown gender {value!r}</source>
        <translation>未知的性别 {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="172" />
        <source>Unknown ID type {value!r}</source>
        <translation>未知的证件类型 {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="178" />
        <source>Mobile phone {value}: {problem}</source>
        <translation>手机号 {value}：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="185" />
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="186" />
        <source>Emergency contact phone</source>
        <translation>紧急联系电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="192" />
        <source>{label} {value}: {problem}</source>
        <translation>{label} {value}：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="202" />
        <source>E-mail {value} is not an e-mail address</source>
        <translation>电子邮箱 {value} 格式不正确</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="206" />
        <source>Unknown contact channel {value!r}</source>
        <translation>未知的联系方式 {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="218" />
        <location filename="../../crm_desktop/services/housing.py" line="89" />
        <location filename="../../crm_desktop/services/staff.py" line="142" />
        <location filename="../../crm_desktop/services/structure.py" line="77" />
        <location filename="../../crm_desktop/services/tickets.py" line="387" />
        <source>{label} is longer than {limit} characters</source>
        <translation>{label}不能超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="225" />
        <source>Tags are longer than 500 characters in all</source>
        <translation>标签总长度超过 500 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="234" />
        <source>ID number: {problem}</source>
        <translation>证件号码：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="240" />
        <source>Birthday {birthday} does not match the ID number ({born})</source>
        <translation>生日 {birthday} 与证件号码（{born}）不符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="250" />
        <source>ID number must be 4–40 letters or digits</source>
        <translation>证件号码须为 4–40 位字母或数字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="253" />
        <source>Birthday is in the future</source>
        <translation>生日晚于今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="411" />
        <source>Birthday does not match the ID number on file</source>
        <translation>生日与档案中的证件号码不符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="575" />
        <source>Your role may not see ID numbers in clear</source>
        <translation>您的角色无权查看完整证件号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="102" />
        <source>{label} {date} is too far in the past</source>
        <translation>{label} {date} 过早</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="110" />
        <source>{label} {date} is in the future</source>
        <translation>{label} {date} 晚于今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="146" />
        <source>Unit #{id} does not exist (it may have been deleted)</source>
        <translation>房屋 #{id} 不存在（可能已被删除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="616" />
        <location filename="../../crm_desktop/services/housing.py" line="156" />
        <source>Customer #{id} does not exist (it may have been deleted)</source>
        <translation>客户 #{id} 不存在（可能已被删除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/housing.py" line="168" />
        <location filename="../../crm_desktop/services/staff.py" line="263" />
        <location filename="../../crm_desktop/services/tickets.py" line="634" />
        <location filename="../../crm_desktop/services/timeline.py" line="75" />
        <source>Staff member #{id} does not exist</source>
        <translation>员工 #{id} 不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="33" />
        <source>Manager visits in person to hear what would change their mind</source>
        <translation>由主管上门拜访，了解客户的想法与诉求</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="34" />
        <source>Escalate the overdue complaint and call with a date</source>
        <translation>升级处理超时投诉，并致电告知解决日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="35" />
        <source>Review the complaints together and agree on one fix</source>
        <translation>与客户一起梳理投诉，商定统一的解决方案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="36" />
        <source>Call back again within two days and reopen if needed</source>
        <translation>两天内再次回访，必要时重新处理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="37" />
        <source>Send a care visit and ask what to improve</source>
        <translation>安排关怀走访，征询改进意见</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/metrics.py" line="48" />
        <source>Month {value} is not in the form YYYY-MM</source>
        <translation>月份 {value} 的格式应为 YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="172" />
        <source>Handover #{id} does not exist (it may have been deleted)</source>
        <translation>交房记录 #{id} 不存在（可能已被删除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="188" />
        <source>This handover was already completed on {date}</source>
        <translation>该交房已于 {date} 办理完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="195" />
        <source>This handover was cancelled; schedule a new one</source>
        <translation>该交房预约已取消，请重新预约</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="202" />
        <source>Unknown occupancy role {role}</source>
        <translation>未知的入住身份 {role}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="207" />
        <source>Scheduled handover date</source>
        <translation>预约交房日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="212" />
        <source>Scheduled handover date {date} is too far ahead</source>
        <translation>预约交房日期 {date} 过远</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="247" />
        <source>{customer} already has a handover of {unit} booked for {date}</source>
        <translation>{customer} 已预约于 {date} 办理 {unit} 的交房</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="257" />
        <location filename="../../crm_desktop/services/move_ins.py" line="373" />
        <source>{customer} already lives in {unit}; there is nothing to hand over</source>
        <translation>{customer} 已入住 {unit}，无需再办理交房</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="305" />
        <location filename="../../crm_desktop/services/tickets.py" line="662" />
        <location filename="../../crm_desktop/services/tickets.py" line="777" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="320" />
        <source>Handover date</source>
        <translation>交房日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="324" />
        <source>Check the documents (ID card, purchase or lease contract) before handing over</source>
        <translation>交房前请先查验资料（身份证、购房合同或租赁合同）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="332" />
        <source>Keys handed over must be between 0 and {max}</source>
        <translation>移交钥匙数量须在 0 到 {max} 之间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="338" />
        <source>Water meter reading</source>
        <translation>水表读数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="339" />
        <source>Electricity meter reading</source>
        <translation>电表读数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="340" />
        <source>Gas meter reading</source>
        <translation>燃气表读数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="348" />
        <location filename="../../crm_desktop/services/move_ins.py" line="410" />
        <source>Defect description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="354" />
        <source>Defect {defect}: rectified on {date} must be between the handover and today</source>
        <translation>问题“{defect}”：整改日期 {date} 须在交房日期与今天之间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="416" />
        <source>Defects are recorded at or after a completed handover</source>
        <translation>交房办理完成后才能登记问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="427" />
        <location filename="../../crm_desktop/services/renovations.py" line="1035" />
        <source>Rectification date</source>
        <translation>整改日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="431" />
        <source>Defect #{id} does not exist</source>
        <translation>问题 #{id} 不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="435" />
        <source>This defect was already rectified on {date}</source>
        <translation>该问题已于 {date} 整改完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/move_ins.py" line="444" />
        <source>Rectification date {date} is before the handover {handover}</source>
        <translation>整改日期 {date} 早于交房日期 {handover}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="60" />
        <source>applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="61" />
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="62" />
        <source>in progress</source>
        <translation>施工中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="63" />
        <source>awaiting acceptance</source>
        <translation>待验收</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="64" />
        <source>accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="65" />
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="66" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="96" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="336" />
        <source>Renovation #{id} does not exist (it may have been deleted)</source>
        <translation>装修记录 #{id} 不存在（可能已被删除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="346" />
        <source>Inspection #{id} does not exist</source>
        <translation>巡查记录 #{id} 不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="365" />
        <source>Unknown renovation status {status}</source>
        <translation>未知的装修状态 {status}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="373" />
        <source>This renovation is {status}; its status can no longer change</source>
        <translation>该装修当前为“{status}”，状态不能再变更</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="380" />
        <source>A renovation that is {status} cannot become {target}; from {status} it can become: {allowed}</source>
        <translation>“{status}”的装修不能变更为“{target}”；“{status}”只能变更为：{allowed}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="396" />
        <source>The deposit was already refunded on {date}; nothing more can be deducted</source>
        <translation>押金已于 {date} 退还，不能再扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="405" />
        <source>A deduction must be more than zero</source>
        <translation>扣款金额必须大于零</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="409" />
        <source>Give the reason for the deduction</source>
        <translation>请填写扣款原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="415" />
        <source>Deductions of {total} in all would be more than the deposit received {deposit}</source>
        <translation>扣款合计 {total} 将超过已收押金 {deposit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="429" />
        <source>The deposit was already refunded on {date} ({amount})</source>
        <translation>押金已于 {date} 退还（{amount}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="438" />
        <source>The deposit is refunded once the renovation is accepted, rejected or cancelled; this one is {status}</source>
        <translation>装修验收通过、被驳回或取消后才能退还押金；该装修当前为“{status}”</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="451" />
        <source>Refund {refund} is more than the deposit received {deposit}</source>
        <translation>退还金额 {refund} 超过已收押金 {deposit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="460" />
        <source>Refund {refund} is more than the deposit {deposit} less the deductions {deductions}</source>
        <translation>退还金额 {refund} 超过押金 {deposit} 扣除扣款 {deductions} 后的余额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="469" />
        <source>Refund date</source>
        <translation>退还日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="473" />
        <source>Refund date {date} is before the application {applied}</source>
        <translation>退还日期 {date} 早于申请日期 {applied}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="543" />
        <source>Permit number</source>
        <translation>许可证编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="548" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="550" />
        <source>Contractor</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="552" />
        <source>Contractor phone</source>
        <translation>施工单位电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="557" />
        <source>Contractor phone {phone}: {problem}</source>
        <translation>施工单位电话 {phone}：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="561" />
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="563" />
        <source>Planned start</source>
        <translation>计划开工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="564" />
        <source>Planned end</source>
        <translation>计划完工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="570" />
        <source>Planned end {end} is before the planned start {start}</source>
        <translation>计划完工日期 {end} 早于计划开工日期 {start}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="579" />
        <source>Planned start {start} is before the application {applied}</source>
        <translation>计划开工日期 {start} 早于申请日期 {applied}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="589" />
        <source>Deposit received</source>
        <translation>已收押金</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="619" />
        <source>Permit number {permit} is already used by the renovation of {unit}</source>
        <translation>许可证编号 {permit} 已被 {unit} 的装修使用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="634" />
        <source>Permit number {permit} was just taken on another desk</source>
        <translation>许可证编号 {permit} 刚刚已被其他工位使用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="671" />
        <source>The deposit was refunded on {date}; the amount received can no longer change</source>
        <translation>押金已于 {date} 退还，已收金额不能再修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="683" />
        <source>Deposit received {deposit} is less than the deductions already recorded {total}</source>
        <translation>已收押金 {deposit} 少于已登记的扣款 {total}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="742" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="746" />
        <source>Give the reason why the renovation is {target}</source>
        <translation>请填写装修变更为“{target}”的原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="758" />
        <source>Date {date} is before the application {applied}</source>
        <translation>日期 {date} 早于申请日期 {applied}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="782" />
        <source>Acceptance date</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="786" />
        <location filename="../../crm_desktop/services/renovations.py" line="877" />
        <location filename="../../crm_desktop/services/renovations.py" line="972" />
        <source>Deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="791" />
        <location filename="../../crm_desktop/services/renovations.py" line="861" />
        <source>Refund</source>
        <translation>退还金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="800" />
        <source>Acceptance date {date} is before the end of the work {end}</source>
        <translation>验收日期 {date} 早于实际完工日期 {end}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="819" />
        <source>{count} violation(s) found at inspections are not rectified yet; record their rectification before acceptance</source>
        <translation>巡查发现的 {count} 项违规尚未整改，请先登记整改后再验收</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="884" />
        <source>That inspection belongs to another renovation</source>
        <translation>该巡查记录属于其他装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="901" />
        <source>Deduction #{id} does not exist</source>
        <translation>扣款 #{id} 不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="908" />
        <source>The deposit was already refunded on {date}; deductions can no longer change</source>
        <translation>押金已于 {date} 退还，扣款不能再变更</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="932" />
        <source>Inspector</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="936" />
        <source>Unknown inspection result {result}</source>
        <translation>未知的巡查结果 {result}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="942" />
        <source>Inspection time {time} is in the future</source>
        <translation>巡查时间 {time} 晚于当前时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="948" />
        <source>Inspection time</source>
        <translation>巡查时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="954" />
        <source>Choose the type of violation</source>
        <translation>请选择违规类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="958" />
        <source>A violation needs a rectification due date</source>
        <translation>发现违规时须填写整改期限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="964" />
        <source>Rectification due {due} is before the inspection {date}</source>
        <translation>整改期限 {due} 早于巡查日期 {date}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="981" />
        <source>Inspections are recorded while a renovation is approved, in progress or awaiting acceptance; this one is {status}</source>
        <translation>装修处于已批准、施工中或待验收状态时才能登记巡查；该装修当前为“{status}”</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="993" />
        <source>Inspection time {time} is before the application {applied}</source>
        <translation>巡查时间 {time} 早于申请日期 {applied}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="1042" />
        <source>This inspection found no violation to rectify</source>
        <translation>该次巡查未发现违规，无需整改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="1048" />
        <source>This violation was already rectified on {date}</source>
        <translation>该违规已于 {date} 整改完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="1056" />
        <source>Rectification date {date} is before the inspection {inspected}</source>
        <translation>整改日期 {date} 早于巡查日期 {inspected}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/renovations.py" line="1239" />
        <source>A permit is issued once the renovation is approved; this one is {status}</source>
        <translation>装修批准后才能出具施工许可证；该装修当前为“{status}”</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="218" />
        <source>The office-hours calendar has no workdays in the next ten years</source>
        <translation>工作时间日历在未来十年内没有工作日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="380" />
        <source>{value} is not a number of hours</source>
        <translation>{value} 不是有效的小时数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="385" />
        <source>Hours for {severity} must be between 0.01 and {limit}</source>
        <translation>{severity}的小时数应在 0.01 到 {limit} 之间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="401" />
        <source>Only a manager or an administrator may change the SLA</source>
        <translation>只有主管或管理员可以修改时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="426" />
        <source>Unknown severity {severity}</source>
        <translation>未知的紧急程度 {severity}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="431" />
        <source>Unknown SLA clock {clock}</source>
        <translation>未知的时限计时方式 {clock}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="438" />
        <source>The response time of {severity} is longer than its resolution time</source>
        <translation>{severity}的响应时限长于解决时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="448" />
        <source>Office hours must end after they start</source>
        <translation>下班时间必须晚于上班时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="452" />
        <source>Call-backs are due within 0 to 60 days</source>
        <translation>回访期限应为 0 到 60 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="457" />
        <source>The manager's name is longer than 100 characters</source>
        <translation>主管姓名不能超过 100 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="515" />
        <source>Give the holiday a name</source>
        <translation>请填写节假日名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="518" />
        <source>The holiday name is longer than 50 characters</source>
        <translation>节假日名称不能超过 50 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sla.py" line="535" />
        <source>{day} is not in the holiday calendar</source>
        <translation>{day} 不在节假日日历中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="152" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="153" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="154" />
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="155" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="158" />
        <source>Phone {value} is not a phone number</source>
        <translation>电话 {value} 不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="170" />
        <source>Weight {value} is not a number</source>
        <translation>权重 {value} 不是数字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="175" />
        <source>Weights must be between 0 and {limit}</source>
        <translation>权重应在 0 到 {limit} 之间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="181" />
        <source>At least one weight must be above 0</source>
        <translation>至少一项权重要大于 0</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="191" />
        <source>Period {value} is not a year, quarter or month (2026, 2026-Q3, 2026-09)</source>
        <translation>考核期 {value} 不是年、季度或月份（2026、2026-Q3、2026-09）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="200" />
        <source>Unknown assessment method {value}</source>
        <translation>未知的测评方法 {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="205" />
        <source>The assessment date is in the future</source>
        <translation>测评日期晚于今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="207" />
        <source>Assessor</source>
        <translation>测评人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="213" />
        <source>Every score must be 1 to 5, not {value}</source>
        <translation>每项得分应为 1 到 5，不能是 {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="216" />
        <source>Comment</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="274" />
        <source>A staff member named {name} already exists</source>
        <translation>已有名为 {name} 的员工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="323" />
        <source>{name} is a team; assess its members one by one</source>
        <translation>{name} 是班组，请逐个测评其成员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/staff.py" line="348" />
        <source>Assessment #{id} does not exist</source>
        <translation>测评 #{id} 不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="230" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="257" />
        <source>{problem}; write times as YYYY-MM-DD HH:MM</source>
        <translation>{problem}；时间请写成 YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="240" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="264" />
        <source>is in the future</source>
        <translation>晚于当前时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="250" />
        <source>{column} is required when the unit is given</source>
        <translation>填写房屋时{column}为必填项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="279" />
        <source>unknown channel; use one of {choices}</source>
        <translation>未知渠道，请填写以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="297" />
        <source>is not a whole-number score {low}–{high}</source>
        <translation>不是 {low}–{high} 的整数分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="304" />
        <location filename="../../crm_desktop/services/surveys.py" line="199" />
        <source>score {score} is outside {low}–{high}</source>
        <translation>分数 {score} 超出 {low}–{high} 分的范围</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="315" />
        <source>the row has no answers</source>
        <translation>该行没有任何回答</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="483" />
        <source>the file has no answer columns; expected headers: {headers}</source>
        <translation>文件中没有答题列；应有的表头：{headers}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="518" />
        <source>Someone else changed the same campaigns while the file was imported; nothing was imported. Import the file again.</source>
        <translation>导入期间有其他人修改了相同的调查活动，本次未导入任何数据。请重新导入该文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="549" />
        <source>this unit is not in the archive; add it (or import the customers first) or leave the unit columns empty</source>
        <translation>档案中没有这套房屋；请先添加（或先导入客户档案），或将房屋各列留空</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="576" />
        <source>the campaign {name} has no question for this column</source>
        <translation>调查活动“{name}”中没有与此列对应的题目</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="595" />
        <source>row {row} is the same response (campaign, time, unit and name); give each questionnaire its own time</source>
        <translation>与第 {row} 行是同一份答卷（问卷名称、答卷时间、房屋和姓名都相同）；请为每份问卷填写各自的答卷时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/survey_io.py" line="826" />
        <source>Your role may not export unmasked phones</source>
        <translation>您的角色不能导出未脱敏的电话号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="193" />
        <source>expectation {score} is outside {low}–{high}</source>
        <translation>期望分 {score} 超出 {low}–{high} 分的范围</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="214" />
        <source>“{question}”: give a score, not text</source>
        <translation>“{question}”：请填写分数，不要填文字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="219" />
        <location filename="../../crm_desktop/services/surveys.py" line="226" />
        <source>“{question}”: {problem}</source>
        <translation>“{question}”：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="235" />
        <source>“{question}” has no expectation score</source>
        <translation>“{question}”没有期望分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="243" />
        <source>“{question}” takes no score</source>
        <translation>“{question}”不需要打分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="249" />
        <source>“{option}” is not an option of “{question}”</source>
        <translation>“{option}”不是“{question}”的选项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="258" />
        <source>The answer to “{question}” is longer than {limit} characters</source>
        <translation>“{question}”的回答超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="273" />
        <source>Question {number}: unknown type {kind}</source>
        <translation>第 {number} 题：未知题型 {kind}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="279" />
        <source>Question {number}: the question text is required</source>
        <translation>第 {number} 题：请填写题目内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="285" />
        <source>Question {number}: the text is longer than {limit} characters</source>
        <translation>第 {number} 题：题目超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="296" />
        <source>Question {number}: choose the SERVQUAL dimension</source>
        <translation>第 {number} 题：请选择 SERVQUAL 维度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="309" />
        <source>Question {number}: a choice question needs at least two options</source>
        <translation>第 {number} 题：选择题至少需要两个选项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="319" />
        <source>Question {number}: each option is one line of at most {limit} characters</source>
        <translation>第 {number} 题：每个选项占一行，最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="334" />
        <source>The campaign name is required</source>
        <translation>请填写调查活动名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="337" />
        <source>The campaign name is longer than {limit} characters</source>
        <translation>调查活动名称超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="342" />
        <location filename="../../crm_desktop/services/surveys.py" line="555" />
        <source>Unknown campaign status {status}</source>
        <translation>未知的调查活动状态 {status}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="347" />
        <source>The period ends ({end}) before it starts ({start})</source>
        <translation>调查期间的结束日期（{end}）早于开始日期（{start}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="356" />
        <location filename="../../crm_desktop/services/surveys.py" line="563" />
        <source>A campaign needs at least one question before it can be opened</source>
        <translation>调查活动至少要有一道题目才能开始</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="391" />
        <source>Campaign #{id} does not exist (it may have been deleted)</source>
        <translation>调查活动 #{id} 不存在（可能已被删除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="473" />
        <source>A campaign named {name} already exists</source>
        <translation>已有名为“{name}”的调查活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="508" />
        <location filename="../../crm_desktop/services/surveys.py" line="646" />
        <source>Question #{id} is not part of this campaign</source>
        <translation>题目 #{id} 不属于该调查活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="517" />
        <source>“{question}” cannot be removed: {count} responses answered it</source>
        <translation>“{question}”不能移除：已有 {count} 份答卷回答了此题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="535" />
        <source>“{question}” already has answers: its type and dimension cannot change</source>
        <translation>“{question}”已有答卷，题型和维度不能修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="578" />
        <source>Campaign {name} has {count} responses and cannot be deleted; close it instead</source>
        <translation>调查活动“{name}”已有 {count} 份答卷，不能删除；请改为结束该活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="597" />
        <source>Unknown channel {channel}</source>
        <translation>未知渠道 {channel}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="602" />
        <source>The response date {at} is in the future</source>
        <translation>答卷时间 {at} 晚于当前时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="609" />
        <source>The response date {at} is impossible</source>
        <translation>答卷时间 {at} 不合理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="616" />
        <source>The respondent's name is longer than {limit} characters</source>
        <translation>答卷人姓名超过 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="626" />
        <source>Campaign {name} is still a draft: open it before entering responses</source>
        <translation>调查活动“{name}”还是草稿，请先开始该活动再录入答卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="636" />
        <source>Campaign {name} is closed: responses can no longer be entered</source>
        <translation>调查活动“{name}”已结束，不能再录入答卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="656" />
        <source>“{question}” must be answered</source>
        <translation>“{question}”为必答题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="663" />
        <source>The questionnaire is blank: enter at least one answer</source>
        <translation>问卷是空白的，请至少录入一题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="35" />
        <source>Unknown occupancy role {value!r}</source>
        <translation>未知的入住身份 {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="46" />
        <source>{name} already lives in {unit}</source>
        <translation>{name} 已入住 {unit}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="59" />
        <source>Unknown move-out reason {value!r}</source>
        <translation>未知的迁出原因 {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="64" />
        <source>This occupancy already ends on {day}</source>
        <translation>该入住记录已于 {day} 结束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="72" />
        <source>Move-out date {end} is before the move-in date {start}</source>
        <translation>迁出日期 {end} 早于入住日期 {start}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="99" />
        <source>{unit} has no current owner to transfer from</source>
        <translation>{unit} 当前没有可过户的业主</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="105" />
        <source>{name} already owns {unit}</source>
        <translation>{name} 已是 {unit} 的业主</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="121" />
        <source>Occupancy #{id} does not exist</source>
        <translation>入住记录 #{id} 不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="137" />
        <location filename="../../crm_desktop/services/surveys.py" line="671" />
        <location filename="../../crm_desktop/services/tickets.py" line="545" />
        <location filename="../../crm_desktop/services/timeline.py" line="71" />
        <location filename="../../crm_desktop/services/timeline.py" line="96" />
        <source>Customer #{id} does not exist</source>
        <translation>客户 #{id} 不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/occupancy.py" line="144" />
        <location filename="../../crm_desktop/services/surveys.py" line="677" />
        <location filename="../../crm_desktop/services/tickets.py" line="548" />
        <source>Unit #{id} does not exist</source>
        <translation>房屋 #{id} 不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="713" />
        <location filename="../../crm_desktop/services/surveys.py" line="740" />
        <source>Response #{id} does not exist</source>
        <translation>答卷 #{id} 不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/surveys.py" line="745" />
        <source>Campaign {name} is closed: its responses can no longer change</source>
        <translation>调查活动“{name}”已结束，其答卷不能再修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="240" />
        <location filename="../../crm_desktop/services/ticket_io.py" line="376" />
        <source>unknown value; use one of {choices}</source>
        <translation>未知的值，请使用：{choices}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="278" />
        <source>a ticket number has no spaces</source>
        <translation>工单号不能包含空格</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="297" />
        <source>not an 11-digit mobile number</source>
        <translation>不是 11 位手机号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="307" />
        <source>the call-back score must be 1 to 5</source>
        <translation>回访满意度应为 1 到 5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="312" />
        <source>is before the 受理时间</source>
        <translation>早于受理时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="314" />
        <source>a call-back needs a 解决时间</source>
        <translation>有回访时必须填写解决时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="316" />
        <source>is before the 解决时间</source>
        <translation>早于解决时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="318" />
        <source>a call-back score needs a 回访时间</source>
        <translation>有回访满意度时必须填写回访时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="355" />
        <source>{column} is required when a unit is given</source>
        <translation>填写房屋时{column}为必填项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="382" />
        <source>a resolved or closed ticket needs a 解决时间</source>
        <translation>已解决或已关闭的工单必须填写解决时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="384" />
        <source>an open ticket cannot have a 解决时间</source>
        <translation>未解决的工单不能有解决时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="386" />
        <source>a ticket with a call-back is closed, not resolved</source>
        <translation>已回访的工单状态应为已关闭，而不是已解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="388" />
        <source>a dispatched ticket needs a 处理人</source>
        <translation>已派工的工单必须填写处理人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="446" />
        <source>no such unit in the archive; import the customers first</source>
        <translation>档案中没有该房屋，请先导入客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="461" />
        <source>no customer of this name lives or lived in this unit</source>
        <translation>该房屋现在和过去都没有叫这个名字的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="463" />
        <source>no customer of this name in the archive; give the unit</source>
        <translation>档案中没有叫这个名字的客户，请填写房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="472" />
        <source>several customers have this name; give the unit or the phone</source>
        <translation>有多位客户同名，请填写房屋或手机号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ticket_io.py" line="523" />
        <source>the same 工单号 is on row {row}</source>
        <translation>第 {row} 行已有相同的工单号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="72" />
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="73" />
        <source>assigned</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="74" />
        <source>being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="75" />
        <source>on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="76" />
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="77" />
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="80" />
        <source>dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="81" />
        <source>start work on</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="82" />
        <source>put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="83" />
        <source>resume</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="84" />
        <source>resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="85" />
        <source>record a call-back for</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="86" />
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="87" />
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="88" />
        <source>escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="291" />
        <source>Cannot {action} a ticket that is {status}; allowed now: {allowed}</source>
        <translation>工单当前为{status}，不能{action}；现在可以：{allowed}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="399" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="400" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="401" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="402" />
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="406" />
        <source>Unknown {label} {value!r}</source>
        <translation>未知的{label}：{value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="409" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="411" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="416" />
        <source>The received time {at} is in the future</source>
        <translation>受理时间 {at} 晚于当前时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="421" />
        <source>The received time {at} is too long ago</source>
        <translation>受理时间 {at} 过早</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="435" />
        <source>Ticket #{id} does not exist (it may have been deleted)</source>
        <translation>工单 #{id} 不存在（可能已被删除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="509" />
        <source>A closed ticket cannot be changed; reopen it first</source>
        <translation>已关闭的工单不能修改，请先重新打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="580" />
        <source>{at} is in the future</source>
        <translation>{at} 晚于当前时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="588" />
        <source>{at} is before the ticket was received ({received})</source>
        <translation>{at} 早于工单受理时间（{received}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="606" />
        <source>{at} is before the ticket's last step ({last})</source>
        <translation>{at} 早于工单上一步的时间（{last}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="628" />
        <location filename="../../crm_desktop/services/tickets.py" line="673" />
        <location filename="../../crm_desktop/services/tickets.py" line="728" />
        <location filename="../../crm_desktop/services/tickets.py" line="755" />
        <location filename="../../crm_desktop/services/tickets.py" line="798" />
        <location filename="../../crm_desktop/services/tickets.py" line="817" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="638" />
        <source>{name} is no longer active</source>
        <translation>{name} 已不在岗</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="643" />
        <source>Ticket {number} is already with {name}</source>
        <translation>工单 {number} 已由 {name} 处理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="680" />
        <source>{at} is before the hold began ({start})</source>
        <translation>{at} 早于挂起开始时间（{start}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="700" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="725" />
        <source>The call-back score must be 1 to 5, not {score}</source>
        <translation>回访满意度应为 1 到 5，不能是 {score}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="729" />
        <source>Called by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="735" />
        <source>{at} is before the ticket was resolved ({resolved})</source>
        <translation>{at} 早于工单解决时间（{resolved}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="761" />
        <source>A complaint or repair is closed by its call-back; to close it without one, say why in the note</source>
        <translation>投诉和报修在回访后关闭；如不回访直接关闭，请在备注中说明原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="797" />
        <source>Manager</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="804" />
        <source>Ticket {number} is not overdue (due {due}); only overdue tickets are escalated</source>
        <translation>工单 {number} 未超时（时限 {due}），只有超时工单才能升级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="829" />
        <source>Only a manager may clear the manager's flag</source>
        <translation>只有主管可以取消“提请主管关注”标记</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="887" />
        <source>A ticket cannot be linked to itself</source>
        <translation>工单不能关联到自身</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tickets.py" line="909" />
        <source>Only a manager may delete a closed ticket</source>
        <translation>只有主管可以删除已关闭的工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/spreadsheet.py" line="49" />
        <source>contains a formula; paste values only</source>
        <translation>含有公式，请只粘贴数值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/spreadsheet.py" line="101" />
        <source>is not a date: write YYYY-MM-DD</source>
        <translation>不是日期，请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/spreadsheet.py" line="102" />
        <source>is not a real date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/spreadsheet.py" line="280" />
        <location filename="../../crm_desktop/services/spreadsheet.py" line="550" />
        <source>Reading file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/spreadsheet.py" line="705" />
        <source>Writing file</source>
        <translation>正在写入文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="102" />
        <source>area {value!r} is not a number</source>
        <translation>面积 {value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="106" />
        <source>area {value} m² is out of range</source>
        <translation>面积 {value} m² 超出范围</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="157" />
        <source>A community named {name} already exists</source>
        <translation>已存在名为 {name} 的小区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="195" />
        <source>{floors} floors is out of range (1–200)</source>
        <translation>层数 {floors} 超出范围（1–200）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="203" />
        <source>Building {name} already exists in this community</source>
        <translation>该小区已有楼栋 {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="264" />
        <source>Unknown use {value!r}</source>
        <translation>未知的用途 {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="268" />
        <source>Floor {floor} is out of range</source>
        <translation>楼层 {floor} 超出范围</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="278" />
        <source>Unit {code} already exists</source>
        <translation>房屋 {code} 已存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/structure.py" line="358" />
        <source>{what} #{id} does not exist (it may have been deleted)</source>
        <translation>{what} #{id} 不存在（可能已被删除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/timeline.py" line="56" />
        <source>Unknown interaction kind {value!r}</source>
        <translation>未知的沟通类型 {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/timeline.py" line="59" />
        <source>Summary is required</source>
        <translation>内容摘要为必填项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/timeline.py" line="62" />
        <source>Unknown channel {value!r}</source>
        <translation>未知的渠道 {value!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/timeline.py" line="66" />
        <source>A call or visit cannot be in the future</source>
        <translation>电话或来访时间不能晚于现在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/uow.py" line="55" />
        <source>{field} contains a NUL character (U+0000); remove it and save again</source>
        <translation>{field} 含有 NUL 字符（U+0000），请删除后再保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/uow.py" line="75" />
        <source>Someone else saved this record at the same moment; your changes were not saved. Reload it and apply them again.</source>
        <translation>他人同时保存了此记录，您的修改未保存。请重新打开记录后再次修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/uow.py" line="112" />
        <source>{what} was changed by {who} at {when} after you opened it. Your edits are kept in the form; reload to see their changes, then save again.</source>
        <translation>{what} 在您打开后已被 {who} 于 {when} 修改。您的修改仍保留在表单中；请重新加载查看对方的修改后再保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="39" />
        <source>must have 18 characters, has {count}</source>
        <translation>应为 18 位，实际 {count} 位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="41" />
        <source>must be 17 digits followed by a digit or X</source>
        <translation>应为 17 位数字加 1 位数字或 X</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="43" />
        <source>the region code cannot start with {digit}</source>
        <translation>地区码不能以 {digit} 开头</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="47" />
        <source>birth date {value} is not a real date</source>
        <translation>出生日期 {value} 不是有效日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="49" />
        <source>birth date {value} is impossible</source>
        <translation>出生日期 {value} 不合理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="53" />
        <source>check digit should be {expected}, not {found}</source>
        <translation>校验码应为 {expected}，而不是 {found}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="85" />
        <source>must be an 11-digit mainland mobile number starting with 13–19</source>
        <translation>应为以 13–19 开头的 11 位大陆手机号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="92" />
        <source>must be a phone number (digits, spaces, - + ( ))</source>
        <translation>应为电话号码（数字、空格、- + ( )）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="99" />
        <source>Not a valid database URL: {url} ({problem})</source>
        <translation>无效的数据库地址：{url}（{problem}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="109" />
        <source>Unsupported database {name!r}: use a SQLite file or a PostgreSQL URL</source>
        <translation>不支持的数据库 {name!r}：请使用 SQLite 文件或 PostgreSQL 地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="118" />
        <location filename="../../crm_desktop/models/database.py" line="183" />
        <source>An in-memory database keeps nothing; give a file path</source>
        <translation>内存数据库不会保存任何数据，请指定文件路径</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="125" />
        <source>{path} is a folder, not a database file</source>
        <translation>{path} 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="188" />
        <location filename="../../crm_desktop/services/connection.py" line="86" />
        <source>{path} is on a network share. SQLite is not safe there: several desks must share one PostgreSQL server instead (see README, 'Several desks').</source>
        <translation>{path} 位于网络共享上，SQLite 在此不安全：多个工位请共用一台 PostgreSQL 服务器（见 README “Several desks”）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="226" />
        <source>{path}: no such database file</source>
        <translation>{path}：数据库文件不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="307" />
        <source>{source} fails SQLite's integrity check ({problem}); no backup was written to {target}</source>
        <translation>{source} 未通过 SQLite 完整性检查（{problem}），未向 {target} 写入备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="325" />
        <source>{source} is damaged or not a database ({problem}); nothing was copied</source>
        <translation>{source} 已损坏或不是数据库（{problem}），未复制任何内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/database.py" line="335" />
        <source>Cannot copy {source} to {target}: {problem}</source>
        <translation>无法将 {source} 复制到 {target}：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/models/migrate.py" line="113" />
        <source>{database} was upgraded by a newer version of this program (schema {current}, this version knows up to {head}). Install the newer version on this desk.</source>
        <translation>{database} 已被本程序的新版本升级（结构版本 {current}，本版本最高支持 {head}）。请在此工位安装新版本。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1484" />
        <source>Preparing</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1538" />
        <source>Preparing the office</source>
        <translation>正在准备服务中心资料</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1543" />
        <source>Building communities</source>
        <translation>正在生成小区与房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1545" />
        <source>Simulating residents</source>
        <translation>正在模拟住户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1551" />
        <source>Renovations</source>
        <translation>正在生成装修记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1553" />
        <source>Interaction log</source>
        <translation>正在生成沟通记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1557" />
        <source>Staff assessments</source>
        <translation>正在生成员工测评</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1560" />
        <source>Indexing</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="1567" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="2361" />
        <source>Writing customers</source>
        <translation>正在写入客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/reports/monthly.py" line="79" />
        <source>Unknown report {kind}; choose satisfaction or retention</source>
        <translation>未知的报表 {kind}；请选择 satisfaction（满意度）或 retention（客户保持）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/reports/monthly.py" line="85" />
        <location filename="../../crm_desktop/reports/monthly.py" line="87" />
        <source>Laying out the PDF pages</source>
        <translation>正在排版 PDF 页面</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/audit.py" line="430" />
        <source>Only administrators and managers may read the audit log</source>
        <translation>只有管理员和主管可以查看审计日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="102" />
        <source>Wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="110" />
        <source>Too many wrong passwords: this account is locked until {time}. Try again then, or ask an administrator to reset the password.</source>
        <translation>密码错误次数过多：该账户已锁定至 {time}。请届时再试，或请管理员重置密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="126" />
        <source>The password must have at least {count} characters</source>
        <translation>密码至少需要 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="131" />
        <source>The password may have at most {count} characters</source>
        <translation>密码最多 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="135" />
        <source>The password cannot be only spaces</source>
        <translation>密码不能全是空格</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="147" />
        <source>The user name is required</source>
        <translation>请填写用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="151" />
        <source>The user name may have at most {count} characters</source>
        <translation>用户名最多 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="158" />
        <source>The user name cannot contain spaces</source>
        <translation>用户名不能包含空格</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="162" />
        <source>User names starting with os: are reserved</source>
        <translation>以 os: 开头的用户名为系统保留</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="171" />
        <source>Unknown role {role}; choose one of {roles}</source>
        <translation>未知角色 {role}；请从 {roles} 中选择</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="224" />
        <source>This account is deactivated; ask an administrator to reactivate it</source>
        <translation>该账户已停用；请联系管理员重新启用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="262" />
        <location filename="../../crm_desktop/services/office_settings.py" line="82" />
        <source>The office name is required</source>
        <translation>必须填写服务中心名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="265" />
        <source>The name of the first community is required</source>
        <translation>请填写第一个小区的名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="269" />
        <location filename="../../crm_desktop/services/auth.py" line="292" />
        <source>This database already has users; log in instead</source>
        <translation>该数据库已有用户，请直接登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="336" />
        <source>User #{id} no longer exists</source>
        <translation>用户 #{id} 已不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="345" />
        <source>Only an administrator may manage users</source>
        <translation>只有管理员可以管理用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="370" />
        <source>A user named {name} already exists</source>
        <translation>用户名 {name} 已存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="393" />
        <source>{name} is the last active administrator; make another user administrator first</source>
        <translation>{name} 是最后一位在用的管理员；请先将其他用户设为管理员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="420" />
        <source>You cannot deactivate your own account</source>
        <translation>不能停用自己的账户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="451" />
        <source>There is no account named {name}</source>
        <translation>没有名为 {name} 的账户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="457" />
        <source>The current password is wrong</source>
        <translation>当前密码错误</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="462" />
        <source>The new password must differ from the current one</source>
        <translation>新密码不能与当前密码相同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="52" />
        <source>{location} does not exist yet; it will be created at the next start.</source>
        <translation>{location} 尚不存在，将在下次启动时创建。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="54" />
        <source>Connected to {location}. The database is empty; the program creates its tables at the next start.</source>
        <translation>已连接到 {location}。数据库为空，程序将在下次启动时创建数据表。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="56" />
        <source>Connected to {location}. It holds this program's data and is up to date.</source>
        <translation>已连接到 {location}。其中是本程序的数据，版本为最新。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="58" />
        <source>Connected to {location}. It was made by an older version and will be upgraded at the next start.</source>
        <translation>已连接到 {location}。它由旧版本创建，将在下次启动时升级。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="60" />
        <source>Connected to {location}, but a newer version of this program has upgraded it. Install the newer version on this desk first.</source>
        <translation>已连接到 {location}，但它已被本程序的较新版本升级。请先在本工作站安装较新版本。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="73" />
        <location filename="../../crm_desktop/services/transfer.py" line="44" />
        <source>Connecting to the database…</source>
        <translation>正在连接数据库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="98" />
        <source>The folder of {path} cannot be written to</source>
        <translation>无法写入 {path} 所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="107" />
        <location filename="../../crm_desktop/services/connection.py" line="123" />
        <source>Reading the database version…</source>
        <translation>正在读取数据库版本…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="111" />
        <source>{path} cannot be read as a database: {problem}</source>
        <translation>无法将 {path} 作为数据库读取：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="127" />
        <location filename="../../crm_desktop/services/transfer.py" line="49" />
        <source>Cannot connect to {location}: {problem}</source>
        <translation>无法连接到 {location}：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/dashboard.py" line="108" />
        <location filename="../../crm_desktop/services/monthly_report.py" line="410" />
        <source>Computing this month's figures</source>
        <translation>正在计算本月指标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/dashboard.py" line="110" />
        <location filename="../../crm_desktop/services/monthly_report.py" line="412" />
        <source>Computing last month's figures</source>
        <translation>正在计算上月指标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/dashboard.py" line="112" />
        <location filename="../../crm_desktop/services/monthly_report.py" line="181" />
        <location filename="../../crm_desktop/services/monthly_report.py" line="414" />
        <source>Computing the 12-month trend</source>
        <translation>正在计算近 12 个月趋势</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/dashboard.py" line="114" />
        <location filename="../../crm_desktop/services/dashboard.py" line="131" />
        <source>Collecting renovations and customers at risk</source>
        <translation>正在汇总装修与预警客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/monthly_report.py" line="416" />
        <source>Collecting staff, churn and comments</source>
        <translation>正在汇总员工、流失与意见建议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/office_settings.py" line="63" />
        <source>The logo is larger than 2 MB; choose a smaller picture</source>
        <translation>标志图片大于 2 MB，请选择较小的图片</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/office_settings.py" line="65" />
        <source>The logo must be a PNG or JPEG picture</source>
        <translation>标志必须是 PNG 或 JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/office_settings.py" line="78" />
        <source>Only an administrator or manager may change the office settings</source>
        <translation>只有管理员或主管可以修改服务中心设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/office_settings.py" line="85" />
        <source>The office name is longer than 100 characters</source>
        <translation>服务中心名称超过 100 个字符</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/pdf_pages.py" line="23" />
        <location filename="../../crm_desktop/ui/reports/pdf_pages.py" line="32" />
        <source>Drawing the pages</source>
        <translation>正在绘制页面</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="184" />
        <source>Choose the database file</source>
        <translation>请选择数据库文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="186" />
        <source>Enter the server's name or address</source>
        <translation>请输入服务器名称或地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="187" />
        <source>Enter the database name</source>
        <translation>请输入数据库名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/database_page.py" line="188" />
        <source>Enter the user name</source>
        <translation>请输入用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="60" />
        <source>Copying the database…</source>
        <translation>正在复制数据库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="61" />
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="62" />
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="114" />
        <source>Only administrators and managers may change the backup folder</source>
        <translation>只有管理员和经理可以更改备份文件夹</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="120" />
        <source>Give the backup folder as a full path, not {path}</source>
        <translation>请填写备份文件夹的完整路径，而不是 {path}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="127" />
        <source>Backups cannot be written to {path}: {problem}</source>
        <translation>无法将备份写入 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="160" />
        <source>This database is on a PostgreSQL server; restore it with the server's own tool, pg_restore, for example: pg_restore --clean --if-exists --dbname "{url}" crm-backup.dump</source>
        <translation>此数据库位于 PostgreSQL 服务器上，请使用服务器自带的工具 pg_restore 恢复，例如：pg_restore --clean --if-exists --dbname "{url}" crm-backup.dump</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="170" />
        <source>This database is on a PostgreSQL server; back it up with the server's own tool, pg_dump, for example: pg_dump --format=custom --file crm-backup.dump "{url}"</source>
        <translation>此数据库位于 PostgreSQL 服务器上，请使用服务器自带的工具 pg_dump 备份，例如：pg_dump --format=custom --file crm-backup.dump "{url}"</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="203" />
        <source>Only administrators and managers may make a backup: it holds every ID number in clear</source>
        <translation>只有管理员和经理可以备份：备份中含有全部明文证件号码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="214" />
        <source>{path} is a folder; give a file name for the backup</source>
        <translation>{path} 是文件夹，请给备份指定一个文件名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="225" />
        <source>{path} is the database itself; choose another file</source>
        <translation>{path} 就是数据库本身，请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="304" />
        <source>{path} cannot be restored: {problem}. Nothing was changed.</source>
        <translation>无法恢复 {path}：{problem}。数据库未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="313" />
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="319" />
        <source>Cannot read {path}: {problem}</source>
        <translation>无法读取 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="322" />
        <source>it is not a database file</source>
        <translation>它不是数据库文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="352" />
        <source>Cancelled by the user; nothing was changed</source>
        <translation>已由用户取消，未作任何更改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="361" />
        <source>it fails SQLite's integrity check ({problems})</source>
        <translation>它未通过 SQLite 完整性检查（{problems}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="369" />
        <source>it is a database of another program, not a backup of this one</source>
        <translation>它是其他程序的数据库，不是本程序的备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="376" />
        <source>it was made by a newer version of this program (schema {schema}); install that version</source>
        <translation>它由本程序的较新版本制作（结构版本 {schema}），请安装该版本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="432" />
        <source>it is damaged or not a database</source>
        <translation>它已损坏或不是数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="465" />
        <location filename="../../crm_desktop/ui/backup/actions.py" line="118" />
        <source>Only an administrator may restore a backup</source>
        <translation>只有管理员可以恢复备份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="536" />
        <source>it has no user accounts, so whoever starts the program next could make themselves administrator; restore it into a new file instead (crm-desktop restore --db NEW.db)</source>
        <translation>其中没有任何用户账号，恢复后下一个启动程序的人就能把自己设为管理员；请改为恢复到一个新文件（crm-desktop restore --db 新文件.db）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="573" />
        <source>Cannot keep a copy of {path} ({problem}); nothing was restored</source>
        <translation>无法保留 {path} 的副本（{problem}），未进行恢复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/backup.py" line="614" />
        <source>{path} is in use by another program or window; close it and restore again. Nothing was changed.</source>
        <translation>{path} 正被其他程序或窗口使用，请关闭后重新恢复。数据库未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/integrity.py" line="28" />
        <source>Checking the database pages…</source>
        <translation>正在检查数据库页…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/integrity.py" line="29" />
        <source>Checking the links between records…</source>
        <translation>正在检查记录之间的关联…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/integrity.py" line="30" />
        <source>Checking the audit log…</source>
        <translation>正在检查审计日志…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="26" />
        <source>Copying the data…</source>
        <translation>正在复制数据…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="42" />
        <source>Only an administrator may copy the whole database</source>
        <translation>只有管理员可以复制整个数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="55" />
        <source>Choose another database than the one that is open</source>
        <translation>请选择与当前打开的不同的数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="60" />
        <source>{target} has another schema version than this program's data</source>
        <translation>{target} 的数据结构版本与本程序的数据不同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="69" />
        <source>{target} already holds data (for example in {table}); the data can only be copied into an empty database</source>
        <translation>{target} 中已有数据（例如 {table} 表）；只能复制到空数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="117" />
        <source>Copying {table} failed, nothing was copied: {problem}</source>
        <translation>复制 {table} 表失败，未复制任何数据：{problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/settings/settings_dialog.py" line="46" />
        <location filename="../../crm_desktop/ui/settings/settings_dialog.py" line="73" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/settings_dialog.py" line="65" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/settings/settings_dialog.py" line="73" />
        <source>Save the changed settings?</source>
        <translation>保存已更改的设置吗？</translation>
    </message>
</context>
<context>
    <name>SlaSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="56" />
        <source>SLA and holiday calendar</source>
        <translation>时限与节假日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="61" />
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="61" />
        <source>Respond within (hours)</source>
        <translation>响应时限（小时）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="61" />
        <source>Resolve within (hours)</source>
        <translation>解决时限（小时）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="62" />
        <source>Clock</source>
        <translation>计时方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="81" />
        <source>Time limits per severity</source>
        <translation>各紧急程度的时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="92" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="94" />
        <source>e.g. the customer-service supervisor</source>
        <translation>例如：客服主管</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="101" />
        <source>Office hours (Monday–Friday and make-up workdays)</source>
        <translation>工作时间（周一至周五及调休上班日）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="102" />
        <source>Call back within</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="103" />
        <source>Escalate overdue tickets to</source>
        <translation>超时工单升级给</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="108" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="109" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="115" />
        <source>Only a manager or an administrator may change these settings.</source>
        <translation>只有主管或管理员可以修改这些设置。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="130" />
        <source>Holiday calendar (public holidays and make-up workdays)</source>
        <translation>节假日日历（法定节假日与调休上班日）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="136" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="136" />
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="136" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="136" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="138" />
        <source>Make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="138" />
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="148" />
        <source>Make-up workday (调休上班)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="150" />
        <source>e.g. 国庆节</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="151" />
        <source>Add / change</source>
        <translation>添加/修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="152" />
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="158" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="180" />
        <source>No days for %1: the office-hours clock counts only weekends there. Enter the State Council's schedule once it is published.</source>
        <translation>%1 年还没有节假日：工作时间计时只会跳过周末。国务院公布放假安排后请录入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="183" />
        <source>The %1 days shipped with the program are an estimate (marked 预估); check them against the State Council's notice.</source>
        <translation>程序自带的 %1 年节假日为预估（标有“预估”），请对照国务院通知核对。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="211" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/sla_dialog.py" line="212" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="65" />
        <source>Edit staff member</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="65" />
        <source>New staff member</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="74" />
        <source>Active (can be dispatched to)</source>
        <translation>在岗（可派工）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="76" />
        <source>A team or department, not a person</source>
        <translation>班组或部门（不是个人）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="79" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="80" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="81" />
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="82" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="281" />
        <source>Search name, department, position</source>
        <translation>搜索姓名、部门、岗位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="284" />
        <source>Show inactive</source>
        <translation>显示离岗人员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="291" />
        <source>New staff…</source>
        <translation>新增员工…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="292" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="293" />
        <source>New assessment…</source>
        <translation>新增测评…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="294" />
        <source>Weights…</source>
        <translation>权重…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="304" />
        <source>Figures for</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="312" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="312" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="312" />
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="312" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="313" />
        <source>Handled</source>
        <translation>处理工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="324" />
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="439" />
        <source>Select a staff member.</source>
        <translation>请选择一名员工。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="327" />
        <source>Tickets handled</source>
        <translation>处理工单数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="328" />
        <source>Median resolution (hours)</source>
        <translation>解决时长中位数（小时）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="329" />
        <source>SLA compliance</source>
        <translation>时限达标率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="330" />
        <source>Call-back satisfaction</source>
        <translation>回访满意率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="331" />
        <source>Open now</source>
        <translation>在办工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="340" />
        <source>Assessed on</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="340" />
        <source>Period</source>
        <translation>调查期间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="340" />
        <source>Method</source>
        <translation>测评方法</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="340" />
        <source>Assessor</source>
        <translation>测评人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="342" />
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="342" />
        <source>Comment</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="351" />
        <source>Assessments over time</source>
        <translation>历次素质测评</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="355" />
        <source>Service figures from tickets</source>
        <translation>工单服务指标</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="408" />
        <source>(team)</source>
        <translation>（班组）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="410" />
        <source>(inactive)</source>
        <translation>（离岗）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="456" />
        <source>Tickets assigned to %1 and resolved in the period; satisfaction is the share of call-backs scored 4–5 (%2 scored).</source>
        <translation>统计派给 %1 且在期间内解决的工单；满意率为回访评分 4–5 分所占比例（共 %2 次评分）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="460" />
        <source>By month: %1</source>
        <translation>按月：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="464" />
        <source>Totals, oldest first: %1</source>
        <translation>历次总分（由早到晚）：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="465" />
        <source>No assessments yet.</source>
        <translation>尚无测评记录。</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="220" />
        <source>Do not cancel</source>
        <translation>不取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="223" />
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="225" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="228" />
        <source>Work finished on</source>
        <translation>实际完工日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="228" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="231" />
        <source>Reason *</source>
        <translation>原因 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="231" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/renovation_dialogs.py" line="233" />
        <source>The deposit received stays due for refund; record the refund afterwards.</source>
        <translation>已收押金仍需退还，请稍后登记退款。</translation>
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
        <translation>名称 *</translation>
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
    <name>SurveyImport</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="25" />
        <source>Import survey responses</source>
        <translation>导入答卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="34" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="35" />
        <source>%1 rows read: %2 responses added, %3 updated, %4 already there; %5 campaigns created; %6 responses linked to a customer.</source>
        <translation>共读取 %1 行：新增答卷 %2 份，更新 %3 份，已存在 %4 份；新建调查活动 %5 个；%6 份答卷已关联到客户档案。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="51" />
        <source>Importing survey responses…</source>
        <translation>正在导入答卷…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="64" />
        <source>Export survey responses</source>
        <translation>导出答卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="75" />
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="76" />
        <source>%1 responses written to %2 (phone numbers masked).</source>
        <translation>已将 %1 份答卷导出到 %2（电话号码已脱敏）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="83" />
        <source>Exporting survey responses…</source>
        <translation>正在导出答卷…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/io_dialogs.py" line="94" />
        <source>Save survey import template</source>
        <translation>保存答卷导入模板</translation>
    </message>
</context>
<context>
    <name>SurveyLabels</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="15" />
        <source>NPS (0–10)</source>
        <translation>净推荐值 NPS（0–10 分）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="16" />
        <source>CSAT (1–5)</source>
        <translation>满意度 CSAT（1–5 分）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="17" />
        <source>SERVQUAL (expectation and perception 1–7)</source>
        <translation>SERVQUAL（期望与感知各 1–7 分）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="18" />
        <source>Rating (1–5)</source>
        <translation>评分（1–5 分）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="19" />
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="30" />
        <source>Choice</source>
        <translation>选择题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="20" />
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="31" />
        <source>Text</source>
        <translation>文字题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="26" />
        <source>NPS</source>
        <translation>净推荐值 NPS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="27" />
        <source>CSAT</source>
        <translation>满意度 CSAT</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="28" />
        <source>SERVQUAL</source>
        <translation>SERVQUAL</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="29" />
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="37" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="38" />
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="39" />
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="45" />
        <source>Tangibles</source>
        <translation>有形性</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="46" />
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="47" />
        <source>Responsiveness</source>
        <translation>响应性</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="48" />
        <source>Assurance</source>
        <translation>保证性</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="49" />
        <source>Empathy</source>
        <translation>移情性</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="56" />
        <source>Questionnaires answered in the chosen campaign or period.</source>
        <translation>所选调查活动或期间内收回的答卷份数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="59" />
        <source>NPS = 100 × (promoters − detractors) / responses with an NPS answer. Promoters score 9–10, passives 7–8, detractors 0–6. Ranges from −100 to 100.</source>
        <translation>净推荐值 NPS = 100 ×（推荐者 − 贬损者）/ 回答了推荐题的答卷数。9–10 分为推荐者，7–8 分为中立者，0–6 分为贬损者。取值范围 −100 至 100。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="64" />
        <source>Promoters: share of NPS answers scoring 9 or 10.</source>
        <translation>推荐者：推荐题打 9 或 10 分的比例。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="65" />
        <source>Passives: share of NPS answers scoring 7 or 8.</source>
        <translation>中立者：推荐题打 7 或 8 分的比例。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="66" />
        <source>Detractors: share of NPS answers scoring 0 to 6.</source>
        <translation>贬损者：推荐题打 0 至 6 分的比例。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="69" />
        <source>CSAT = 100 × (CSAT answers of 4 or 5) / CSAT answers.</source>
        <translation>满意度 CSAT = 100 ×（总体满意度打 4 或 5 分的回答数）/ 总体满意度回答数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="70" />
        <source>CSAT mean: the mean of all CSAT answers (1–5).</source>
        <translation>满意度均分：全部总体满意度回答的平均分（1–5 分）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="71" />
        <source>Expectation: mean expectation score of the dimension's SERVQUAL answers (1–7).</source>
        <translation>期望：该维度 SERVQUAL 回答的期望平均分（1–7 分）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="74" />
        <source>Perception: mean perception score of the dimension's SERVQUAL answers (1–7).</source>
        <translation>感知：该维度 SERVQUAL 回答的感知平均分（1–7 分）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="77" />
        <source>Gap = perception mean − expectation mean. Below zero, the service falls short of what owners expect.</source>
        <translation>差距 = 感知均分 − 期望均分。小于零说明服务没有达到业主的期望。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="81" />
        <source>C = b/a: perception mean (b) / expectation mean (a). 1.00 means expectations are met.</source>
        <translation>C = b/a：感知均分（b）/ 期望均分（a）。等于 1.00 表示刚好达到期望。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="84" />
        <source>Satisfaction index C = b/a: mean of all perception scores / mean of all expectation scores.</source>
        <translation>满意度指数 C = b/a：全部感知分的平均值 / 全部期望分的平均值。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/labels.py" line="88" />
        <source>— means there is nothing to divide by (no answers), not zero.</source>
        <translation>“—”表示没有回答、无法计算，并不是零。</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="46" />
        <source>Campaigns and questionnaires</source>
        <translation>调查活动与问卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="47" />
        <source>Enter paper questionnaires</source>
        <translation>录入纸质问卷</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="48" />
        <source>Results</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="51" />
        <source>Import responses…</source>
        <translation>导入答卷…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="52" />
        <source>Export responses…</source>
        <translation>导出答卷…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="53" />
        <source>Import template…</source>
        <translation>导入模板…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="55" />
        <source>An Excel or CSV file with the columns 问卷名称, 答卷时间, 小区, 楼栋, 单元, 房号, 姓名, …</source>
        <translation>Excel 或 CSV 文件，包含以下列：问卷名称、答卷时间、小区、楼栋、单元、房号、姓名……</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/survey_tab.py" line="61" />
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
</context>
<context>
    <name>TicketDetailView</name>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="40" />
        <source>Select a ticket to see it here, or take a new one (Ctrl+T).</source>
        <translation>选择一张工单在此查看，或新建工单（Ctrl+T）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="52" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="53" />
        <source>Dispatch…</source>
        <translation>派工…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="54" />
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="55" />
        <source>Hold…</source>
        <translation>挂起…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="56" />
        <source>Resume</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="57" />
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="58" />
        <source>Call back…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="59" />
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="60" />
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="61" />
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="62" />
        <source>Clear flag</source>
        <translation>取消关注标记</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="63" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="74" />
        <source>派工: give the ticket to a staff member or a team</source>
        <translation>派工：把工单交给员工或班组</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="75" />
        <source>回访: record the owner's satisfaction and close the ticket</source>
        <translation>回访：登记业主满意度并关闭工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="82" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="82" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="83" />
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="83" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="84" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="84" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="85" />
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="85" />
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="86" />
        <source>Response due</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="86" />
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="87" />
        <source>Resolution due</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="87" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="88" />
        <source>Call-back due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="88" />
        <source>Call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="89" />
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="89" />
        <source>Incident</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="114" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="114" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="114" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="114" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="114" />
        <source>Status after</source>
        <translation>处理后状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="131" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="133" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="135" />
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="159" />
        <source>OVERDUE</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="161" />
        <source>escalated to %1</source>
        <translation>已升级至 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="163" />
        <source>⚑ flagged for the manager</source>
        <translation>⚑ 已提请主管关注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="166" />
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="169" />
        <source>%1/5 by %2 at %3</source>
        <translation>%1/5，%2 于 %3 回访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="202" />
        <source> (first report)</source>
        <translation>（首次报告）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_view.py" line="257" />
        <source>from a spreadsheet</source>
        <translation>从表格导入</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="96" />
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="96" />
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="121" />
        <source>Another unit (anonymous callers, common areas)…</source>
        <translation>其他房屋（匿名来电、公共区域）…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="132" />
        <source>What is it about, in a few words</source>
        <translation>简要说明问题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="136" />
        <source>What the caller said (Ctrl+Enter saves)</source>
        <translation>来电人反映的情况（Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="146" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="148" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="150" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="153" />
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="157" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="158" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="159" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="160" />
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="168" />
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="169" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="170" />
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="172" />
        <source>Likely duplicates</source>
        <translation>可能重复的工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="176" />
        <source>Link to incident</source>
        <translation>关联到事件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="183" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="184" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="240" />
        <source>Anonymous caller (no customer chosen)</source>
        <translation>匿名来电（未选择客户）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="242" />
        <source>Caller: %1</source>
        <translation>来电人：%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="252" />
        <source>— no unit —</source>
        <translation>— 无房屋 —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="282" />
        <source>Do not link</source>
        <translation>不关联</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_dialog.py" line="291" />
        <source>%1 ticket(s) of the same category from the same building within 24 hours. If it is the same incident (a broken lift, a burst pipe), link them.</source>
        <translation>同一楼栋 24 小时内有 %1 张同类工单。如果是同一事件（如电梯故障、水管爆裂），请关联起来。</translation>
    </message>
</context>
<context>
    <name>TicketFiles</name>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="26" />
        <source>Import tickets</source>
        <translation>导入工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="35" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="36" />
        <source>%1 rows read: %2 tickets added, %3 already in the archive, %4 staff added.</source>
        <translation>读取 %1 行：新增工单 %2 张，已存在 %3 张，新增员工 %4 人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="48" />
        <source>Importing tickets…</source>
        <translation>正在导入工单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="65" />
        <source>Export tickets</source>
        <translation>导出工单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="74" />
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="75" />
        <source>%1 tickets written to %2 (phones masked).</source>
        <translation>已将 %1 张工单写入 %2（电话已脱敏）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="82" />
        <source>Exporting tickets…</source>
        <translation>正在导出工单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/io_dialogs.py" line="93" />
        <source>Save ticket import template</source>
        <translation>保存工单导入模板</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="125" />
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="126" />
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="127" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="128" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="129" />
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="130" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="131" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="132" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="133" />
        <source>Unit</source>
        <translation>房屋</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="134" />
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="135" />
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="144" />
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="185" />
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="193" />
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="202" />
        <source>Overdue: due %1</source>
        <translation>已超时：时限 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="195" />
        <source>Escalated to %1</source>
        <translation>已升级至 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/ticket_model.py" line="197" />
        <source>Flagged for the manager after a low call-back score</source>
        <translation>回访评分偏低，已提请主管关注</translation>
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
    <name>UnitHistoryView</name>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="252" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="252" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="252" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="276" />
        <source>Moved in</source>
        <translation>入住</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="277" />
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="278" />
        <source>Handover</source>
        <translation>入伙交房</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="279" />
        <source>Renovation</source>
        <translation>装修</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="280" />
        <source>Inspection</source>
        <translation>装修巡查</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/housing/common.py" line="287" />
        <source>by transfer</source>
        <translation>过户取得</translation>
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
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/help_viewer.py" line="174" />
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/help_viewer.py" line="175" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>UserManagerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="175" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="185" />
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="186" />
        <source>Change role…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="187" />
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="242" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="188" />
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="199" />
        <source>Administrator: users, settings, restore. Manager: everything but users. Clerk: enters and edits records, ID numbers masked, cannot delete closed tickets. Viewer: reads only, personal data masked.</source>
        <translation>管理员：用户、设置、恢复。主管：除用户管理外的全部功能。客服专员：录入和修改记录，证件号码脱敏，不能删除已关闭的工单。只读用户：只能查看，个人信息脱敏。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="207" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="242" />
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="256" />
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="256" />
        <source>A new account for a colleague at this office.</source>
        <translation>为本服务中心的同事创建新账户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="289" />
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="290" />
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="307" />
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="309" />
        <source>%1 will no longer be able to log in. Their name stays on the records they made. Deactivate?</source>
        <translation>%1 将无法再登录。其经手记录上的姓名保持不变。确定停用？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="325" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="326" />
        <source>A new password for %1. Tell it to them in person; the account is unlocked as well.</source>
        <translation>为 %1 设置新密码。请当面告知本人；账户同时解除锁定。</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="72" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="73" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="74" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="75" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="76" />
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="82" />
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="84" />
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="86" />
        <source>Must change password</source>
        <translation>需修改密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/auth/user_manager.py" line="87" />
        <source>Active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="220" />
        <source>Assessment weights</source>
        <translation>测评权重</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="231" />
        <source>Equal weights give the plain average. Assessments already recorded keep the total they were given.</source>
        <translation>权重相同即为简单平均。已记录的测评保留当时的总分。</translation>
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
    <name>_ChartBox</name>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="168" />
        <source>Answers</source>
        <translation>答题数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="205" />
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/surveys/results_view.py" line="206" />
        <source>Perception</source>
        <translation>感知</translation>
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
<context>
    <name>dialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="53" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/staff_view.py" line="54" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>