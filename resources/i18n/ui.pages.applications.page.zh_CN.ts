<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已有结果</translation>
    </message>
    <message>
        <source>What the app or customer service said</source>
        <translation>App或客服给出的说明</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
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
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>%1 (the app&apos;s estimate for that day)</source>
        <translation>%1（本应用对当天的估算）</translation>
    </message>
    <message>
        <source>A pending application has no decision date: choose the outcome.</source>
        <translation>审核中的申请没有结果日期：请选择审核结果。</translation>
    </message>
    <message>
        <source>Enter the day it was decided.</source>
        <translation>请填写出结果的日期。</translation>
    </message>
    <message>
        <source>It cannot be decided before it was submitted.</source>
        <translation>结果日期不能早于申请日期。</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Submitted on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>The app&apos;s estimate on the day it was submitted</source>
        <translation>本应用在申请当天的估算</translation>
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
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>恢复申请</translation>
    </message>
    <message>
        <source>Record each attempt to restore the line. The app keeps the verdict it predicted on the day you applied, so you can compare it with the answer.</source>
        <translation>记录每一次恢复额度的申请。本应用会保存申请当天的预测结论，方便与实际结果对照。</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>申请记录</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>记录审核结果…</translation>
    </message>
    <message>
        <source>Refused on %1: wait until %2 before applying again.</source>
        <translation>%1被拒：请等到%2之后再申请。</translation>
    </message>
    <message>
        <source>The prediction matched the answer for %1 of %2 decided applications.</source>
        <translation>已有结果的%2次申请中，%1次与预测一致。</translation>
    </message>
    <message>
        <source>%1 (answer expected by %2, an estimate: holiday schedule not known yet)</source>
        <translation>%1（预计 %2 前出结果；放假安排尚未知道，此日期为估算）</translation>
    </message>
    <message>
        <source>%1 (answer expected by %2)</source>
        <translation>%1（预计%2前答复）</translation>
    </message>
    <message>
        <source>The prediction matched the answer.</source>
        <translation>实际结果与预测一致。</translation>
    </message>
    <message>
        <source>The answer differed from the prediction.</source>
        <translation>实际结果与预测不一致。</translation>
    </message>
    <message>
        <source>Add application</source>
        <translation>添加申请</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>编辑申请</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>删除申请</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>记录审核结果</translation>
    </message>
</context>
<context>
    <name>DecideForm</name>
    <message>
        <source>Record the decision</source>
        <translation>记录审核结果</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>申请日期</translation>
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
        <source>What the app or customer service said</source>
        <translation>App或客服给出的说明</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>It cannot be decided before it was submitted.</source>
        <translation>结果日期不能早于申请日期。</translation>
    </message>
</context>
</TS>
