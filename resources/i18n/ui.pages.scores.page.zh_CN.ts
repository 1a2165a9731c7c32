<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReportForm</name>
    <message>
        <source>Credit report (PBOC)</source>
        <translation>央行征信报告</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Accounts overdue now</source>
        <translation>当前逾期账户数</translation>
    </message>
    <message>
        <source>Months overdue in the last 24 months</source>
        <translation>近24个月逾期月数</translation>
    </message>
    <message>
        <source>Hard inquiries in the last 6 months</source>
        <translation>近6个月硬查询次数</translation>
    </message>
    <message>
        <source>Open loans</source>
        <translation>贷款数</translation>
    </message>
    <message>
        <source>Open credit cards</source>
        <translation>未销户信用卡数</translation>
    </message>
    <message>
        <source>Proofs of means held</source>
        <translation>已有的资产证明</translation>
    </message>
</context>
<context>
    <name>ScoresPage</name>
    <message>
        <source>Seen on</source>
        <translation>查看日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Overdue accounts</source>
        <translation>逾期账户</translation>
    </message>
    <message>
        <source>Overdue months (24 m)</source>
        <translation>逾期月数（近24个月）</translation>
    </message>
    <message>
        <source>Hard inquiries (6 m)</source>
        <translation>硬查询（近6个月）</translation>
    </message>
    <message>
        <source>Open loans</source>
        <translation>贷款数</translation>
    </message>
    <message>
        <source>Open cards</source>
        <translation>信用卡数</translation>
    </message>
    <message>
        <source>Proofs held</source>
        <translation>已有证明</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>信用分</translation>
    </message>
    <message>
        <source>Write down your Sesame score (in Alipay: Me → Sesame Credit) about once a month, and the figures of your PBOC credit report whenever you get a new one.</source>
        <translation>每月记录一次芝麻信用分（支付宝：我的 → 芝麻信用）；每次查询央行征信报告后，记下报告中的数字。</translation>
    </message>
    <message>
        <source>Sesame score</source>
        <translation>芝麻信用分</translation>
    </message>
    <message>
        <source>New score…</source>
        <translation>新建分数…</translation>
    </message>
    <message>
        <source>Credit reports (PBOC)</source>
        <translation>央行征信报告</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>新建报告…</translation>
    </message>
    <message>
        <source>Latest: %1 (%2) on %3.</source>
        <translation>最新：%1（%2），记录于%3。</translation>
    </message>
    <message>
        <source>More than %1 days old: record a new one.</source>
        <translation>已超过%1天，请记录最新分数。</translation>
    </message>
    <message>
        <source>No score recorded yet.</source>
        <translation>尚未记录分数。</translation>
    </message>
    <message>
        <source>Add Sesame score</source>
        <translation>添加芝麻信用分</translation>
    </message>
    <message>
        <source>Edit Sesame score</source>
        <translation>编辑芝麻信用分</translation>
    </message>
    <message>
        <source>Delete Sesame score</source>
        <translation>删除芝麻信用分</translation>
    </message>
    <message>
        <source>Add credit report</source>
        <translation>添加征信报告</translation>
    </message>
    <message>
        <source>Edit credit report</source>
        <translation>编辑征信报告</translation>
    </message>
    <message>
        <source>Delete credit report</source>
        <translation>删除征信报告</translation>
    </message>
</context>
<context>
    <name>SesameForm</name>
    <message>
        <source>Sesame score</source>
        <translation>芝麻信用分</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>查看日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>等级</translation>
    </message>
</context>
</TS>
