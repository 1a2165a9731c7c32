<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountLabels</name>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>From bill file, to confirm</source>
        <translation>来自账单文件，待确认</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>Paid off, %1</source>
        <translation>已还清（%1）</translation>
    </message>
    <message>
        <source>Paid off</source>
        <translation>已还清</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Partly paid, due tomorrow</source>
        <translation>已还部分，明天到期</translation>
    </message>
    <message>
        <source>Partly paid, due in %1 days</source>
        <translation>已还部分，%1 天后到期</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <source>Minimum paid</source>
        <translation>已还最低还款额</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
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
        <source>Owed</source>
        <translation>待还</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>逾期未还</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BillsModel</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>账单月份</translation>
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
        <source>Minimum</source>
        <translation>最低还款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已还</translation>
    </message>
    <message>
        <source>Left to pay</source>
        <translation>待还</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Made from the Huabei purchases and repayments in your imported Alipay files. Check it against the bill in Alipay, then confirm, correct or delete it.</source>
        <translation>根据导入的支付宝账单中的花呗消费和还款生成。请与支付宝里的账单核对，然后确认、修改或删除。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paid in full on %1</source>
        <translation>%1 已全部还清</translation>
    </message>
    <message>
        <source>Minimum paid on %1</source>
        <translation>%1 已还最低还款额</translation>
    </message>
</context>
<context>
    <name>RepaymentsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>账单</translation>
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
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>罚息</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
</TS>
