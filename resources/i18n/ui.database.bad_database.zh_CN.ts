<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BadDatabaseDialog</name>
    <message>
        <source>The backup could not be restored</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>The database is locked by another program</source>
        <translation>数据库被其他程序锁定</translation>
    </message>
    <message>
        <source>The database cannot be changed</source>
        <translation>数据库无法修改</translation>
    </message>
    <message>
        <source>The database is from a newer version of Credit Health</source>
        <translation>数据库来自更新版本的信用健康</translation>
    </message>
    <message>
        <source>This file is not a Credit Health database</source>
        <translation>这不是信用健康的数据库文件</translation>
    </message>
    <message>
        <source>The database file is incomplete</source>
        <translation>数据库文件不完整</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The database file is missing</source>
        <translation>找不到数据库文件</translation>
    </message>
    <message>
        <source>The database is encrypted</source>
        <translation>数据库已加密</translation>
    </message>
    <message>
        <source>The passphrase was not accepted</source>
        <translation>密码未通过验证</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>The database needs an upgrade</source>
        <translation>数据库需要升级</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>数据库正在使用中</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>After freeing some disk space.</source>
        <translation>请先清理一些磁盘空间。</translation>
    </message>
    <message>
        <source>After the other task has finished.</source>
        <translation>请等其他任务完成后再试。</translation>
    </message>
    <message>
        <source>After closing the program that has it open.</source>
        <translation>请先关闭正在使用它的程序。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Backups of this database (newest first) in %1:</source>
        <translation>此数据库的备份（最新的在前），位于 %1：</translation>
    </message>
    <message>
        <source>No backups of this database were found in %1.</source>
        <translation>在 %1 中没有找到此数据库的备份。</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>恢复这份备份</translation>
    </message>
    <message>
        <source>The file it replaces is kept in the backups folder first.</source>
        <translation>被替换的文件会先保存到备份文件夹。</translation>
    </message>
    <message>
        <source>Open it read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>See your records; changes cannot be saved.</source>
        <translation>可以查看记录，但无法保存修改。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Enter the passphrase again</source>
        <translation>重新输入密码</translation>
    </message>
    <message>
        <source>Three more tries.</source>
        <translation>还可以再试 3 次。</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>A Credit Health file you keep somewhere else.</source>
        <translation>你保存在其他位置的信用健康文件。</translation>
    </message>
    <message>
        <source>Create a new database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Start empty, in a new file. This file is left as it is.</source>
        <translation>在新文件中从空白开始。这个文件保持不变。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep the database that is open now</source>
        <translation>保留当前打开的数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it instead.</source>
        <translation>%1 已存在。请换一个名称，或直接打开它。</translation>
    </message>
    <message>
        <source>Credit Health databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>信用健康数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
</context>
</TS>
