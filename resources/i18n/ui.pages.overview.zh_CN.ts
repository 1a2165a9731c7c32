<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>An estimate from the published review points (credit status, account security, personal info, consumption, external credit), not Alipay&apos;s decision.</source>
        <translation>本结果根据公开的审核要点（信用状况、账户安全、个人信息、消费行为、外部信用）估算，并非支付宝的审核决定。</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Overall %1/100</source>
        <translation>综合 %1/100</translation>
    </message>
    <message>
        <source>Likely ready on %1</source>
        <translation>预计 %1 可以申请</translation>
    </message>
</context>
</TS>
