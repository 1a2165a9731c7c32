<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AttemptForm</name>
    <message>
        <source>Log an application</source>
        <translation>记录申请</translation>
    </message>
    <message>
        <source>In the Alipay app (恢复额度)</source>
        <translation>支付宝App内申请（恢复额度）</translation>
    </message>
    <message>
        <source>Through customer service</source>
        <translation>通过客服申请</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>How</source>
        <translation>申请方式</translation>
    </message>
    <message>
        <source>The app&apos;s estimate on that day: %1. It is saved with the attempt.</source>
        <translation>当天的评估：%1。将与申请记录一并保存。</translation>
    </message>
    <message>
        <source>The application of %1 is still waiting for a decision; record its result first if it has come.</source>
        <translation>%1 的申请仍在等待结果；如已出结果，请先记录。</translation>
    </message>
</context>
<context>
    <name>CheckupForm</name>
    <message>
        <source>New check-up</source>
        <translation>新的自查</translation>
    </message>
    <message>
        <source>Why was the line limited? Open Alipay → 我的 → 花呗 → 我的额度 and read the notice, or ask customer service (95188). Tick every reason that applies.</source>
        <translation>额度为什么受限？打开支付宝 → 我的 → 花呗 → 我的额度查看提示，或咨询客服（95188）。勾选所有符合的原因。</translation>
    </message>
    <message>
        <source>What the notice or customer service said</source>
        <translation>提示或客服说明的内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReasonsField</name>
    <message>
        <source>Tick at least one reason, or “Reason not known”.</source>
        <translation>请至少勾选一个原因，或勾选“原因不明”。</translation>
    </message>
</context>
<context>
    <name>ResultForm</name>
    <message>
        <source>Record the result</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <source>The application of %1. The decision comes by SMS or as a notice in the app.</source>
        <translation>%1 提交的申请。审核结果会通过短信或App通知告知。</translation>
    </message>
    <message>
        <source>Approved: the line is back</source>
        <translation>已通过：额度已恢复</translation>
    </message>
    <message>
        <source>e.g. 综合评估未通过，请保持良好的信用记录后再试</source>
        <translation>例如：综合评估未通过，请保持良好的信用记录后再试</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>结果日期</translation>
    </message>
    <message>
        <source>What it said</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>The decision cannot come before the application (%1).</source>
        <translation>结果日期不能早于申请日期（%1）。</translation>
    </message>
</context>
</TS>
