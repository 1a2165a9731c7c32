<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LogFolderAction</name>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>The log of errors and start-ups, to send with a report of a problem</source>
        <translation>记录错误和启动过程的日志，报告问题时可一并发送</translation>
    </message>
</context>
</TS>
