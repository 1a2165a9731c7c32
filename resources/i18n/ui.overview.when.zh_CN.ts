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
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Nothing to wait for: the estimate says go ahead.</source>
        <translation>无需等待：评估结果建议现在申请。</translation>
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
        <source>%1, if you do what is listed below today</source>
        <translation>%1（前提是今天完成下列事项）</translation>
    </message>
    <message>
        <source>It waits for</source>
        <translation>需要等待</translation>
    </message>
    <message>
        <source>It counts on you, today</source>
        <translation>需要你今天完成</translation>
    </message>
    <message>
        <source>What moves you closer</source>
        <translation>最有帮助的下一步</translation>
    </message>
    <message>
        <source>Credit Health: an application is likely to succeed from today</source>
        <translation>信用健康：从今天起申请很可能成功</translation>
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
