<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CalendarBox</name>
    <message>
        <source>Decision dates are counted in Chinese working days. For each year the app uses the State Council&apos;s holiday notice when it has it; otherwise it counts the statutory holidays and weekends, and cannot know the make-up working days (调休) until the notice is out (usually October to December).</source>
        <translation>审核结果的日期按中国工作日计算。每一年，本应用有国务院放假通知时就按通知计算；没有时只计入法定节假日和周末，调休上班日要等通知公布（通常在10月至12月）后才能知道。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>放假日</translation>
    </message>
    <message>
        <source>Add the official notice…</source>
        <translation>添加官方通知…</translation>
    </message>
    <message>
        <source>Remove the notice</source>
        <translation>删除通知</translation>
    </message>
    <message>
        <source>Paste the notice 国务院办公厅关于YYYY年部分节假日安排的通知 from gov.cn, or open it as a text file. A notice you add takes precedence over the one built in.</source>
        <translation>可从中国政府网复制《国务院办公厅关于YYYY年部分节假日安排的通知》粘贴进来，或打开保存为文本文件的通知。你添加的通知优先于内置的安排。</translation>
    </message>
    <message>
        <source>Official (built in)</source>
        <translation>官方（内置）</translation>
    </message>
    <message>
        <source>From the notice you added</source>
        <translation>来自你添加的通知</translation>
    </message>
    <message>
        <source>Estimate: statutory holidays only</source>
        <translation>估算：仅法定节假日</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚不知道</translation>
    </message>
    <message>
        <source>%1 — days off besides weekends: %2</source>
        <translation>%1年 — 周末以外的放假日：%2</translation>
    </message>
    <message>
        <source>Make-up working days: %1</source>
        <translation>调休上班日：%1</translation>
    </message>
    <message>
        <source>Until the notice is added, dates in %1 are estimates and may shift by a few days.</source>
        <translation>添加通知之前，%1年的日期只是估算，可能相差几天。</translation>
    </message>
    <message>
        <source>Remove the notice for %1? Working days in %1 are then counted with the built-in calendar, or estimated from the statutory holidays. Edit → Undo brings it back.</source>
        <translation>删除%1年的通知？之后%1年的工作日将按内置日历计算，或按法定节假日估算。可用“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the holiday notice for %1</source>
        <translation>删除%1年放假通知</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Add the official holiday notice</source>
        <translation>添加官方放假通知</translation>
    </message>
    <message>
        <source>Paste the whole notice 国务院办公厅关于YYYY年部分节假日安排的通知 below, from its title to its last arrangement, or open it from a file. Check what the app understood, then save.</source>
        <translation>请把《国务院办公厅关于YYYY年部分节假日安排的通知》全文（从标题到最后一项安排）粘贴到下面，或从文件打开。核对本应用读到的内容后再保存。</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open the notice</source>
        <translation>打开通知</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 不是文本文件。</translation>
    </message>
    <message>
        <source>%1 is too large to be a notice.</source>
        <translation>%1 太大，不像是一份通知。</translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation>尚未粘贴内容。</translation>
    </message>
    <message>
        <source>This notice cannot be saved: %1</source>
        <translation>无法保存这份通知：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The notice for %1: %2 days off, %3 make-up working days.</source>
        <translation>%1年的通知：放假 %2 天，调休上班 %3 天。</translation>
    </message>
    <message>
        <source>%1 — off: %2; working: %3</source>
        <translation>%1 — 放假：%2；上班：%3</translation>
    </message>
    <message>
        <source>It replaces the notice for %1 you added on %2.</source>
        <translation>它将替换你在 %2 添加的%1年通知。</translation>
    </message>
    <message>
        <source>Add the holiday notice for %1</source>
        <translation>添加%1年放假通知</translation>
    </message>
</context>
</TS>
