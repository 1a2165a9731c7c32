<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Could not open %1 in the file manager.</source>
        <translation>无法在文件管理器中打开 %1。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Credit Health could not start: an error it did not expect, %1.
Your saved records are safe. It closes with this message; please send the details (they hold no amounts, names or passphrases).</source>
        <translation>信用健康无法启动：遇到了一个意外错误，%1。
已保存的记录是安全的。关闭此消息后应用将退出；请把详细信息发给我们（其中不含金额、姓名或密码）。</translation>
    </message>
    <message>
        <source>Credit Health met an error it did not expect: %1.
Your saved records are safe. You can go on working; if it happens again, please send the details (they hold no amounts, names or passphrases).</source>
        <translation>信用健康遇到了一个意外错误：%1。
已保存的记录是安全的，你可以继续使用；如果再次出现，请把详细信息发给我们（其中不含金额、姓名或密码）。</translation>
    </message>
    <message>
        <source>The log: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>1 more error followed; it is in the log.</source>
        <translation>之后另有 1 个错误，已记入日志。</translation>
    </message>
    <message>
        <source>%1 more errors followed; they are in the log.</source>
        <translation>之后另有 %1 个错误，已记入日志。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
</TS>
