<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RepaymentsPage</name>
    <message>
        <source>All accounts</source>
        <translation>全部账户</translation>
    </message>
    <message>
        <source>Repayments</source>
        <translation>还款</translation>
    </message>
    <message>
        <source>&amp;Log repayment…</source>
        <translation>记一笔还款(&amp;L)…</translation>
    </message>
    <message>
        <source>Record a repayment and the bill it pays</source>
        <translation>记录一笔还款及其对应的账单</translation>
    </message>
    <message>
        <source>New &amp;bill…</source>
        <translation>新建账单(&amp;B)…</translation>
    </message>
    <message>
        <source>New acc&amp;ount…</source>
        <translation>新建账户(&amp;O)…</translation>
    </message>
    <message>
        <source>Con&amp;firm bill</source>
        <translation>确认账单(&amp;F)</translation>
    </message>
    <message>
        <source>The selected bill was made from your Alipay files: confirm it once it matches the bill in Alipay (edit it to correct it, delete it if it is wrong)</source>
        <translation>所选账单是根据支付宝账单文件生成的：与支付宝里的账单一致后请确认（不对可以编辑修改，错了可以删除）</translation>
    </message>
    <message>
        <source>Confirm bill</source>
        <translation>确认账单</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Start with an account (Huabei, Jiebei, a credit card or a loan), then add its bills as they come; log each repayment against the bill it pays. Overdue bills show in red, and the past-due balance above must be zero before you apply.</source>
        <translation>先添加账户（花呗、借呗、信用卡或贷款），每期出账后添加账单，每笔还款都记到对应的账单上。逾期账单以红色显示；申请前，上方的逾期未还金额必须为零。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <source>No bills yet. Add each month&apos;s bill with “New bill…”: the amount and the due date as Alipay shows them (我的 → 花呗 → 账单).</source>
        <translation>还没有账单。每月的账单用“新建账单…”添加：金额和还款日按支付宝里显示的填写（我的 → 花呗 → 账单）。</translation>
    </message>
    <message>
        <source>No repayments yet. Log each one with “Log repayment…”, or import your Alipay bill file (File → Import bill files…): its Huabei repayments come with it.</source>
        <translation>还没有还款记录。每笔还款用“记一笔还款…”记录，或导入支付宝账单文件（文件 → 导入账单文件…），其中的花呗还款会一并导入。</translation>
    </message>
    <message>
        <source>New repayment…</source>
        <translation>新建还款…</translation>
    </message>
    <message>
        <source>New bill…</source>
        <translation>新建账单…</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted %1 with %2 bills and %3 repayments. Undo brings them back.</source>
        <translation>已删除 %1 及其 %2 笔账单、%3 笔还款。撤销即可恢复。</translation>
    </message>
</context>
</TS>
