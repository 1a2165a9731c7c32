<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Overall readiness</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>%1 over the last 30 days</source>
        <translation>近 30 天变化 %1</translation>
    </message>
    <message>
        <source>Readiness report (PDF)…</source>
        <translation>导出报告（PDF）…</translation>
    </message>
    <message>
        <source>Clears on %1 (%2).</source>
        <translation>将于%1解除（%2）。</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>(on its own, this makes an application likely)</source>
        <translation>（仅此一项即可达到申请条件）</translation>
    </message>
    <message>
        <source>(+1 point overall)</source>
        <translation>（综合得分 +1）</translation>
    </message>
    <message>
        <source>(%1 points overall)</source>
        <translation>（综合得分 %1）</translation>
    </message>
    <message>
        <source>Apply in the Alipay app; a review usually takes %1–%2 working days. Keep paying on time until you hear back.</source>
        <translation>可在支付宝中提交申请，审核通常需要%1–%2个工作日。在收到结果前请继续按时还款。</translation>
    </message>
    <message>
        <source>Open %1 ›</source>
        <translation>前往%1 ›</translation>
    </message>
</context>
</TS>
