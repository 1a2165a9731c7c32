<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChangesView</name>
    <message>
        <source>Since the attempt of %1:</source>
        <translation>自 %1 申请以来：</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>now above the threshold (%1)</source>
        <translation>已达到门槛（%1）</translation>
    </message>
    <message>
        <source>now below the threshold (%1)</source>
        <translation>已低于门槛（%1）</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Cleared since: %1</source>
        <translation>此后已解除：%1</translation>
    </message>
    <message>
        <source>New since: %1</source>
        <translation>此后新增：%1</translation>
    </message>
    <message>
        <source>an overdue bill</source>
        <translation>逾期账单</translation>
    </message>
    <message>
        <source>an open security incident</source>
        <translation>未处理的安全事件</translation>
    </message>
    <message>
        <source>too many recent changes to personal details</source>
        <translation>近期修改个人信息过多</translation>
    </message>
    <message>
        <source>the cool-down after a refusal</source>
        <translation>被拒后的冷静期</translation>
    </message>
</context>
<context>
    <name>TrackRecordBox</name>
    <message>
        <source>Predicted vs actual</source>
        <translation>评估与实际结果</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际结果</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Did the estimate match the decision?</source>
        <translation>评估是否与审核结果一致？</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>No applications logged yet.</source>
        <translation>还没有申请记录。</translation>
    </message>
    <message>
        <source>No decisions yet to compare the estimates with.</source>
        <translation>还没有审核结果可与评估对比。</translation>
    </message>
    <message>
        <source>“Likely” was right %1 of %2 times.</source>
        <translation>评估为“可以申请”的 %2 次中，有 %1 次通过。</translation>
    </message>
    <message>
        <source>The app has not said “likely” before a decision yet.</source>
        <translation>本应用还未在出结果前给出过“可以申请”的评估。</translation>
    </message>
    <message>
        <source>Approved although the estimate said “not yet” or “blocked”: %1</source>
        <translation>评估为“还需努力”或“存在阻碍”但仍获通过：%1</translation>
    </message>
</context>
</TS>
