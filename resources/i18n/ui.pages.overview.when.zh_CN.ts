<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReadyWhen</name>
    <message>
        <source>When can I apply?</source>
        <translation>什么时候可以申请？</translation>
    </message>
    <message>
        <source>Add a calendar reminder…</source>
        <translation>添加日历提醒…</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Nothing to wait for: by our estimate an application is likely to succeed.</source>
        <translation>无需等待：据我们估算，现在申请有较大把握通过。</translation>
    </message>
    <message>
        <source>No date until these records exist:</source>
        <translation>补充以下记录之后才能预测日期：</translation>
    </message>
    <message>
        <source>%1, if what is listed below holds</source>
        <translation>%1（前提是下面列出的各项成立）</translation>
    </message>
    <message>
        <source>It assumes</source>
        <translation>预测的前提</translation>
    </message>
    <message>
        <source>Not within the next %1 days: time alone does not get there. The actions on the cards raise the factors that are short.</source>
        <translation>未来%1天内无法达到：仅靠等待不够。请按各项卡片上的建议提升未达标的项目。</translation>
    </message>
    <message>
        <source>Today, once you have done what is listed below.</source>
        <translation>今天即可，前提是完成下列事项。</translation>
    </message>
    <message>
        <source>It waits for</source>
        <translation>需要等待</translation>
    </message>
    <message>
        <source>What moves you closer</source>
        <translation>最有帮助的下一步</translation>
    </message>
    <message>
        <source>Credit Health: an application is likely to succeed from today</source>
        <translation>信用健康：据估算，从今天起申请有较大把握通过</translation>
    </message>
    <message>
        <source>Save a calendar reminder</source>
        <translation>保存日历提醒</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
</context>
</TS>
