<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReportDialog</name>
    <message>
        <source>Gathering your records…</source>
        <translation>正在汇总你的记录…</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation>正在绘制第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>%1 pages, A4. Ready to save.</source>
        <translation>共 %1 页，A4。可以保存了。</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>无法生成报告。</translation>
    </message>
    <message>
        <source>Save the readiness report</source>
        <translation>保存额度恢复准备报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>正在写入第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>已取消，未保存任何文件。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>报告无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Readiness report saved to %1</source>
        <translation>准备报告已保存到 %1</translation>
    </message>
    <message>
        <source>Change in Preferences…</source>
        <translation>在设置中修改…</translation>
    </message>
    <message>
        <source>The cover will show your name: %1.</source>
        <translation>封面将显示你的姓名：%1。</translation>
    </message>
    <message>
        <source>Your name is not on the cover.</source>
        <translation>封面不显示你的姓名。</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>（今天）</translation>
    </message>
    <message>
        <source>Export readiness report</source>
        <translation>导出额度恢复准备报告</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>&amp;Data as of:</source>
        <translation>数据日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The report shows your records as they stood on this day.</source>
        <translation>报告按你的记录在这一天的状态生成。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
