<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OverdueStrip</name>
    <message>
        <source>Past-due balance</source>
        <translation>逾期未还金额</translation>
    </message>
    <message>
        <source>Overdue bills</source>
        <translation>逾期账单</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>最早到期日</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Next bill</source>
        <translation>下一笔账单</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 left</source>
        <translation>%1 · %2 · 待还 %3</translation>
    </message>
    <message>
        <source>Unpaid overdue bills block an application until they are repaid in full.</source>
        <translation>逾期账单全部还清之前，无法申请恢复额度。</translation>
    </message>
</context>
</TS>
