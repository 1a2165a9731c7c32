<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/overview.py" line="128"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/overview.py" line="133"/>
        <source>An estimate from the published review points (credit status, account security, personal info, consumption, external credit), not Alipay&apos;s decision.</source>
        <translation>本结果根据公开的审核要点（信用状况、账户安全、个人信息、消费行为、外部信用）估算，并非支付宝的审核决定。</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/overview.py" line="52"/>
        <source>Overall %1/100</source>
        <translation>综合 %1/100</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/overview.py" line="58"/>
        <source>Likely ready on %1</source>
        <translation>预计 %1 可以申请</translation>
    </message>
</context>
</TS>
