<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="106"/>
        <source>Security incident</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="117"/>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="119"/>
        <source>What happened, what you did about it</source>
        <translation>发生了什么，你做了哪些处理</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="120"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="121"/>
        <source>Happened on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="122"/>
        <source>Resolved on</source>
        <translation>处理日期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="123"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="128"/>
        <source>An incident cannot be resolved before it happened.</source>
        <translation>处理日期不能早于发生日期。</translation>
    </message>
</context>
<context>
    <name>ResolveForm</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="144"/>
        <source>Resolve incident</source>
        <translation>处理安全事件</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="147"/>
        <source>%1 on %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="151"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="153"/>
        <source>Resolved on</source>
        <translation>处理日期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="155"/>
        <source>What you did (password changed, devices removed…)</source>
        <translation>你做了哪些处理（修改密码、移除设备…）</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="156"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="160"/>
        <source>An incident cannot be resolved before it happened.</source>
        <translation>处理日期不能早于发生日期。</translation>
    </message>
</context>
<context>
    <name>SecurityItemForm</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="78"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="79"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="85"/>
        <source>%1 (the default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="85"/>
        <source>Never</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="87"/>
        <source>Renew every (days)</source>
        <translation>更新周期（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="90"/>
        <source>After this many days the item counts as due again. Leave empty for the default.</source>
        <translation>超过这么多天后，该项需重新完成。留空则使用默认值。</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="180"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="181"/>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="217"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="183"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="190"/>
        <source>Renewal</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="214"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="215"/>
        <source>Happened on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="219"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="221"/>
        <source>Resolved on %1</source>
        <translation>已于%1处理</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="225"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="255"/>
        <source>Account security</source>
        <translation>账户安全</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="260"/>
        <source>Tick what you have done to secure your account; ticking asks for the date. A password older than its renewal period counts as due again. An open incident blocks applying until it is resolved.</source>
        <translation>勾选已完成的账户安全措施，勾选时会询问日期。密码超过更新周期后需重新修改。有未处理的安全事件时无法申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="265"/>
        <source>Security checklist</source>
        <translation>安全检查清单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="266"/>
        <source>Incidents</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="267"/>
        <source>New incident…</source>
        <translation>新建安全事件…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="268"/>
        <source>Resolve…</source>
        <translation>标记为已处理…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="275"/>
        <source>%1 of %2 done.</source>
        <translation>已完成 %1/%2 项。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="280"/>
        <source>%1: due again since %2.</source>
        <translation>%1：已于%2到期，需重新完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="291"/>
        <source>Open incidents: %1 (the oldest since %2). Each blocks applying until it is resolved.</source>
        <translation>未处理的安全事件：%1个（最早的发生于%2）。处理完成前无法申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="300"/>
        <source>No open incidents.</source>
        <translation>没有未处理的安全事件。</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="318"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="321"/>
        <source>Due again since %1</source>
        <translation>已于%1到期</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="324"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="336"/>
        <source>Every %1 days</source>
        <translation>每%1天</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="339"/>
        <source>, next by %1</source>
        <translation>，下次须在%1前</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="350"/>
        <source>Untick “%1”</source>
        <translation>取消勾选“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="364"/>
        <source>Record “%1”</source>
        <translation>记录“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="366"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="372"/>
        <source>Clear “%1”</source>
        <translation>清除“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="384"/>
        <source>Add incident</source>
        <translation>添加安全事件</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="391"/>
        <source>Edit incident</source>
        <translation>编辑安全事件</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="396"/>
        <source>Delete incident</source>
        <translation>删除安全事件</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/security.py" line="404"/>
        <source>Resolve incident</source>
        <translation>处理安全事件</translation>
    </message>
</context>
</TS>
