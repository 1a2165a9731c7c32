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
        <source>Good news: an application is now likely to succeed. The overview says what to check before you apply.</source>
        <translation>好消息：据估算，现在申请有较大把握通过。申请前请在总览中再确认一遍。</translation>
    </message>
    <message>
        <source>Credit Health</source>
        <translation>信用健康</translation>
    </message>
    <message>
        <source>Building the readiness history</source>
        <translation>正在生成评估历史</translation>
    </message>
    <message>
        <source>The five factors: now and 90 days ago</source>
        <translation>五项指标：当前与90天前</translation>
    </message>
    <message>
        <source>Readiness over time</source>
        <translation>综合得分走势</translation>
    </message>
    <message>
        <source>Sesame score</source>
        <translation>芝麻信用分</translation>
    </message>
    <message>
        <source>Repayments per month</source>
        <translation>每月还款</translation>
    </message>
    <message>
        <source>Spending per month</source>
        <translation>每月消费</translation>
    </message>
    <message>
        <source>Recalculate the history from the records</source>
        <translation>根据记录重新计算历史</translation>
    </message>
    <message>
        <source>No Sesame score recorded yet. Note your score from the Alipay app now and then to see its trend here.</source>
        <translation>还没有记录芝麻信用分。不时从支付宝中记下你的分数，就能在这里看到变化趋势。</translation>
    </message>
    <message>
        <source>No repayments recorded yet. Log repayments or import your bill files to see which months were paid on time.</source>
        <translation>还没有还款记录。记录还款或导入账单文件后，可在这里查看哪些月份按时还款。</translation>
    </message>
    <message>
        <source>No spending recorded yet. Import your Alipay or WeChat Pay bill files to see your monthly spending and the Huabei share.</source>
        <translation>还没有消费记录。导入支付宝或微信支付账单文件后，可在这里查看每月消费及花呗占比。</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Ctrl+wheel (or the wheel after a click) zooms, drag to pan, hover for values; right-click to save or copy.</source>
        <translation>Ctrl+滚轮（或点击图表后直接用滚轮）缩放，拖动平移，悬停查看数值；右键可保存或复制。</translation>
    </message>
    <message>
        <source>An estimate from the published review points (credit status, account security, personal info, consumption, external credit), not Alipay&apos;s decision.</source>
        <translation>本结果根据公开的审核要点（信用状况、账户安全、个人信息、消费行为、外部信用）估算，并非支付宝的审核决定。</translation>
    </message>
</context>
</TS>
