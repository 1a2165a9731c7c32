<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>IncidentForm</name>
    <message>
        <source>Security incident</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>What happened, what you did about it</source>
        <translation>发生了什么，你做了哪些处理</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Happened on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>处理日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>An incident cannot be resolved before it happened.</source>
        <translation>处理日期不能早于发生日期。</translation>
    </message>
</context>
<context>
    <name>ResolveForm</name>
    <message>
        <source>Resolve incident</source>
        <translation>处理安全事件</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>处理日期</translation>
    </message>
    <message>
        <source>What you did (password changed, devices removed…)</source>
        <translation>你做了哪些处理（修改密码、移除设备…）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>An incident cannot be resolved before it happened.</source>
        <translation>处理日期不能早于发生日期。</translation>
    </message>
</context>
<context>
    <name>SecurityItemForm</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>%1 (the default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Renew every (days)</source>
        <translation>更新周期（天）</translation>
    </message>
    <message>
        <source>After this many days the item counts as due again. Leave empty for the default.</source>
        <translation>超过这么多天后，该项需重新完成。留空则使用默认值。</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Happened on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Resolved on %1</source>
        <translation>已于%1处理</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>账户安全</translation>
    </message>
    <message>
        <source>Tick what you have done to secure your account; ticking asks for the date. A password older than its renewal period counts as due again. An open incident blocks applying until it is resolved.</source>
        <translation>勾选已完成的账户安全措施，勾选时会询问日期。密码超过更新周期后需重新修改。有未处理的安全事件时无法申请。</translation>
    </message>
    <message>
        <source>Security checklist</source>
        <translation>安全检查清单</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>新建安全事件…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>标记为已处理…</translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>已完成 %1/%2 项。</translation>
    </message>
    <message>
        <source>%1: due again since %2.</source>
        <translation>%1：已于%2到期，需重新完成。</translation>
    </message>
    <message>
        <source>Open incidents: %1 (the oldest since %2). Each blocks applying until it is resolved.</source>
        <translation>未处理的安全事件：%1个（最早的发生于%2）。处理完成前无法申请。</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>没有未处理的安全事件。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Due again since %1</source>
        <translation>已于%1到期</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>每%1天</translation>
    </message>
    <message>
        <source>, next by %1</source>
        <translation>，下次须在%1前</translation>
    </message>
    <message>
        <source>Record “%1”</source>
        <translation>记录“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>添加安全事件</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>编辑安全事件</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>删除安全事件</translation>
    </message>
    <message>
        <source>Resolve incident</source>
        <translation>处理安全事件</translation>
    </message>
</context>
</TS>
