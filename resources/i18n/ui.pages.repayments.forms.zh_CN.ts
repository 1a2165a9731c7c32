<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. Huabei, CMB credit card</source>
        <translation>例如：花呗、招商银行信用卡</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>额度</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>还款日</translation>
    </message>
    <message>
        <source>The day of the month its bills fall due (Huabei: the 9th or 10th). Bills made from your bill files fall due on it.</source>
        <translation>每月账单的还款日（花呗为 9 日或 10 日）。根据账单文件生成的账单按这一天到期。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Another account is already called %1.</source>
        <translation>已有名为 %1 的账户。</translation>
    </message>
</context>
<context>
    <name>BillForm</name>
    <message>
        <source>Edit bill</source>
        <translation>编辑账单</translation>
    </message>
    <message>
        <source>New bill</source>
        <translation>新建账单</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应还金额</translation>
    </message>
    <message>
        <source>Minimum due</source>
        <translation>最低还款额</translation>
    </message>
    <message>
        <source>none: the whole amount</source>
        <translation>不填则为全额</translation>
    </message>
    <message>
        <source>The minimum due cannot be more than the amount due.</source>
        <translation>最低还款额不能超过应还金额。</translation>
    </message>
</context>
<context>
    <name>PeriodEdit</name>
    <message>
        <source>This account already has a bill for %1.</source>
        <translation>该账户已有 %1 的账单。</translation>
    </message>
</context>
<context>
    <name>RepaymentForm</name>
    <message>
        <source>Edit repayment</source>
        <translation>编辑还款</translation>
    </message>
    <message>
        <source>Log repayment</source>
        <translation>记一笔还款</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Pays bill</source>
        <translation>对应账单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>the rest of the amount</source>
        <translation>不填则为金额的其余部分</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>e.g. Yu&apos;e Bao, bank card</source>
        <translation>例如：余额宝、银行卡</translation>
    </message>
    <message>
        <source>No bill</source>
        <translation>不关联账单</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>待还 %1</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已还清</translation>
    </message>
    <message>
        <source>%1 · due %2 · %3</source>
        <translation>%1 · %2 到期 · %3</translation>
    </message>
    <message>
        <source>Principal, interest and penalty add up to %1, more than the amount %2.</source>
        <translation>本金、利息和罚息合计 %1，超过了还款金额 %2。</translation>
    </message>
    <message>
        <source>More than the %1 left to pay on this bill.</source>
        <translation>超过了该账单待还的 %1。</translation>
    </message>
</context>
</TS>
