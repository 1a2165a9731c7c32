<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OverdueStrip</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="121"/>
        <source>Past-due balance</source>
        <translation>逾期未还金额</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="123"/>
        <source>Overdue bills</source>
        <translation>逾期账单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="125"/>
        <source>Oldest due date</source>
        <translation>最早到期日</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="131"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="133"/>
        <source>Next bill</source>
        <translation>下一笔账单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="138"/>
        <source>%1 · %2 · %3 left</source>
        <translation>%1 · %2 · 待还 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="156"/>
        <source>Unpaid overdue bills block an application until they are repaid in full.</source>
        <translation>逾期账单全部还清之前，无法申请恢复额度。</translation>
    </message>
</context>
<context>
    <name>RepaymentsPage</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="369"/>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="447"/>
        <source>All accounts</source>
        <translation>全部账户</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="423"/>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="433"/>
        <source>Repayments</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="426"/>
        <source>&amp;Log repayment…</source>
        <translation>记一笔还款(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="427"/>
        <source>Record a repayment and the bill it pays</source>
        <translation>记录一笔还款及其对应的账单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="428"/>
        <source>New &amp;bill…</source>
        <translation>新建账单(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="429"/>
        <source>New acc&amp;ount…</source>
        <translation>新建账户(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="430"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="431"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="432"/>
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="434"/>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="440"/>
        <source>New repayment…</source>
        <translation>新建还款…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="435"/>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="439"/>
        <source>New bill…</source>
        <translation>新建账单…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="436"/>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="438"/>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="444"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="445"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="562"/>
        <source>Add account %1</source>
        <translation>添加账户 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="563"/>
        <source>Edit account %1</source>
        <translation>编辑账户 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="564"/>
        <source>Delete account %1</source>
        <translation>删除账户 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="569"/>
        <source>Add bill %1</source>
        <translation>添加账单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="570"/>
        <source>Edit bill %1</source>
        <translation>编辑账单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="571"/>
        <source>Delete bill %1</source>
        <translation>删除账单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="575"/>
        <source>Log repayment of %1</source>
        <translation>记录 %1 的还款</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="576"/>
        <source>Edit repayment of %1</source>
        <translation>编辑 %1 的还款</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="577"/>
        <source>Delete repayment of %1</source>
        <translation>删除 %1 的还款</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="593"/>
        <source>Deleted %1 with %2 bills and %3 repayments. Undo brings them back.</source>
        <translation>已删除 %1 及其 %2 笔账单、%3 笔还款。撤销即可恢复。</translation>
    </message>
</context>
</TS>
