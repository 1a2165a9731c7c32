<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OverdueStrip</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="118" />
        <source>Past-due balance</source>
        <translation>逾期未还金额</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="120" />
        <source>Overdue bills</source>
        <translation>逾期账单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="122" />
        <source>Oldest due date</source>
        <translation>最早到期日</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="128" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="130" />
        <source>Next bill</source>
        <translation>下一笔账单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="135" />
        <source>%1 · %2 · %3 left</source>
        <translation>%1 · %2 · 待还 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="153" />
        <source>Unpaid overdue bills block an application until they are repaid in full.</source>
        <translation>逾期账单全部还清之前，无法申请恢复额度。</translation>
    </message>
</context>
<context>
    <name>RepaymentsPage</name>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="320" />
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="398" />
        <source>All accounts</source>
        <translation>全部账户</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="374" />
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="384" />
        <source>Repayments</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="377" />
        <source>&amp;Log repayment…</source>
        <translation>记一笔还款(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="378" />
        <source>Record a repayment and the bill it pays</source>
        <translation>记录一笔还款及其对应的账单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="379" />
        <source>New &amp;bill…</source>
        <translation>新建账单(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="380" />
        <source>New acc&amp;ount…</source>
        <translation>新建账户(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="381" />
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="382" />
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="383" />
        <source>Bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="385" />
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="391" />
        <source>New repayment…</source>
        <translation>新建还款…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="386" />
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="390" />
        <source>New bill…</source>
        <translation>新建账单…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="387" />
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="389" />
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="395" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="396" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="513" />
        <source>Add account %1</source>
        <translation>添加账户 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="514" />
        <source>Edit account %1</source>
        <translation>编辑账户 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="515" />
        <source>Delete account %1</source>
        <translation>删除账户 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="520" />
        <source>Add bill %1</source>
        <translation>添加账单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="521" />
        <source>Edit bill %1</source>
        <translation>编辑账单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="522" />
        <source>Delete bill %1</source>
        <translation>删除账单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="526" />
        <source>Log repayment of %1</source>
        <translation>记录 %1 的还款</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="527" />
        <source>Edit repayment of %1</source>
        <translation>编辑 %1 的还款</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="528" />
        <source>Delete repayment of %1</source>
        <translation>删除 %1 的还款</translation>
    </message>
    <message>
        <location filename="../../desktop/credithealth/ui/pages/repayments.py" line="544" />
        <source>Deleted %1 with %2 bills and %3 repayments. Undo brings them back.</source>
        <translation>已删除 %1 及其 %2 笔账单、%3 笔还款。撤销即可恢复。</translation>
    </message>
</context>
</TS>