<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddRelationCommand</name>
    <message>
        <location filename="../../app/gui/commands/addrelationcommand.cpp" line="10"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
</context>
<context>
    <name>ChangeTypeCommand</name>
    <message>
        <location filename="../../app/gui/commands/changetypecommand.cpp" line="10"/>
        <source>Change the type of “%1”</source>
        <translation>更改“%1”的类型</translation>
    </message>
</context>
<context>
    <name>DeleteEntityCommand</name>
    <message>
        <location filename="../../app/gui/commands/deleteentitycommand.cpp" line="10"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>DeleteRelationCommand</name>
    <message>
        <location filename="../../app/gui/commands/deleterelationcommand.cpp" line="10"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>EditRelationCommand</name>
    <message>
        <location filename="../../app/gui/commands/editrelationcommand.cpp" line="10"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>GraphStyle</name>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="177"/>
        <source>founded</source>
        <translation>创立</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="178"/>
        <source>works at</source>
        <translation>任职于</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="179"/>
        <source>joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="180"/>
        <source>left</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="181"/>
        <source>on leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="182"/>
        <source>invested in</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="183"/>
        <source>plaintiff in</source>
        <translation>原告</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="184"/>
        <source>defendant in</source>
        <translation>被告</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="185"/>
        <source>competitor of</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="186"/>
        <source>develops</source>
        <translation>开发</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="187"/>
        <source>subsidiary of</source>
        <translation>子公司</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="195"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="196"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="197"/>
        <source>Lawsuit</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="198"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="206"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="207"/>
        <source>Non-profit</source>
        <translation>非营利组织</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="208"/>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="209"/>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="210"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="211"/>
        <source>Other organisation</source>
        <translation>其他组织</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="220"/>
        <source>filed</source>
        <translation>已起诉</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="221"/>
        <source>withdrawn</source>
        <translation>已撤诉</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="222"/>
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="223"/>
        <source>settled</source>
        <translation>已和解</translation>
    </message>
    <message>
        <location filename="../../app/canvas/graphstyle.cpp" line="224"/>
        <source>ruled</source>
        <translation>已判决</translation>
    </message>
</context>
<context>
    <name>Guanxi::ArticleView</name>
    <message>
        <location filename="../../app/gui/articleview.cpp" line="110"/>
        <source>Click to select this entity in the graph</source>
        <translation>点击以在图中选中此实体</translation>
    </message>
</context>
<context>
    <name>Guanxi::CurationController</name>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="47"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="49"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="51"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="53"/>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="144"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="55"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="57"/>
        <source>Change &amp;type…</source>
        <translation>更改类型(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="58"/>
        <source>&amp;Split alias off…</source>
        <translation>拆分别名(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="59"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="61"/>
        <source>Add &amp;relation…</source>
        <translation>添加关系(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="62"/>
        <source>&amp;Edit relation…</source>
        <translation>编辑关系(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="63"/>
        <source>Merge the second selected entity into the first (or drop one node on another)</source>
        <translation>把第二个选中的实体合并到第一个（或把一个节点拖放到另一个上）</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="142"/>
        <source>&amp;Merge “%1” into “%2”</source>
        <translation>将“%1”合并到“%2”(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="208"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="208"/>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="229"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="230"/>
        <source>Organization: company</source>
        <translation>组织：公司</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="231"/>
        <source>Organization: nonprofit</source>
        <translation>组织：非营利机构</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="232"/>
        <source>Organization: government</source>
        <translation>组织：政府机构</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="233"/>
        <source>Organization: court</source>
        <translation>组织：法院</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="234"/>
        <source>Organization: media</source>
        <translation>组织：媒体</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="235"/>
        <source>Organization: other</source>
        <translation>组织：其他</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="236"/>
        <source>Lawsuit</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="237"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="247"/>
        <source>Change type</source>
        <translation>更改类型</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="247"/>
        <source>“%1” is:</source>
        <translation>“%1”是：</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="267"/>
        <source>Split alias off</source>
        <translation>拆分别名</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="268"/>
        <source>Which name of “%1” is another entity?</source>
        <translation>“%1”的哪个名称属于另一个实体？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="295"/>
        <source>Delete %n entities</source>
        <translation>
            <numerusform>删除 %n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/curationcontroller.cpp" line="328"/>
        <source>No relation type joins “%1” and “%2”</source>
        <translation>没有可连接“%1”和“%2”的关系类型</translation>
    </message>
</context>
<context>
    <name>Guanxi::DocumentsDock</name>
    <message>
        <location filename="../../app/gui/documentsdock.cpp" line="36"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../app/gui/documentsdock.cpp" line="44"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/gui/documentsdock.cpp" line="44"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/gui/documentsdock.cpp" line="44"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/gui/documentsdock.cpp" line="44"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../app/gui/documentsdock.cpp" line="44"/>
        <source>Relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../app/gui/documentsdock.cpp" line="53"/>
        <source>Double-click an article to read it and highlight what it contributed to the graph</source>
        <translation>双击文章即可阅读，并在图中突出显示它贡献的部分</translation>
    </message>
    <message>
        <location filename="../../app/gui/documentsdock.cpp" line="79"/>
        <location filename="../../app/gui/documentsdock.cpp" line="87"/>
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message>
        <location filename="../../app/gui/documentsdock.cpp" line="124"/>
        <source>Cannot list the articles: %1</source>
        <translation>无法列出文章：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/documentsdock.cpp" line="157"/>
        <source>Cannot open the article: %1</source>
        <translation>无法打开文章：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/documentsdock.cpp" line="170"/>
        <source>This article came from a graph file: its text is not stored.</source>
        <translation>这篇文章来自图文件：其正文未被保存。</translation>
    </message>
</context>
<context>
    <name>Guanxi::FilterDock</name>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="45"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="54"/>
        <source>Entity types</source>
        <translation>实体类型</translation>
    </message>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="65"/>
        <source>Relation types</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="76"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="81"/>
        <source>Shows the graph as of a month: relations dated later are hidden. Undated relations are always shown.</source>
        <translation>显示截至某月的图：日期更晚的关系被隐藏。没有日期的关系始终显示。</translation>
    </message>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="87"/>
        <source>Minimum confidence</source>
        <translation>最低置信度</translation>
    </message>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="93"/>
        <source>Hides relations the extraction is less sure of</source>
        <translation>隐藏抽取把握较低的关系</translation>
    </message>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="200"/>
        <source>No dated relations</source>
        <translation>没有带日期的关系</translation>
    </message>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="202"/>
        <source>All dates (up to %1)</source>
        <translation>全部日期（截至 %1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="204"/>
        <source>As of %1 (undated relations kept)</source>
        <translation>截至 %1（保留没有日期的关系）</translation>
    </message>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="206"/>
        <source>Any confidence</source>
        <translation>任意置信度</translation>
    </message>
    <message>
        <location filename="../../app/gui/filterdock.cpp" line="207"/>
        <source>At least %1</source>
        <translation>至少 %1</translation>
    </message>
</context>
<context>
    <name>Guanxi::ImageExportDialog</name>
    <message>
        <location filename="../../app/gui/imageexportdialog.cpp" line="17"/>
        <source>Export image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <location filename="../../app/gui/imageexportdialog.cpp" line="18"/>
        <source>The &amp;whole graph (what the filters show)</source>
        <translation>整个图（筛选后显示的内容）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/gui/imageexportdialog.cpp" line="19"/>
        <source>Only the nodes in &amp;view</source>
        <translation>仅视图中的节点(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/imageexportdialog.cpp" line="29"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../app/gui/imageexportdialog.cpp" line="32"/>
        <source>from the resolution</source>
        <translation>按分辨率</translation>
    </message>
    <message>
        <location filename="../../app/gui/imageexportdialog.cpp" line="33"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../app/gui/imageexportdialog.cpp" line="34"/>
        <source>Draw the &amp;legend</source>
        <translation>绘制图例(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/gui/imageexportdialog.cpp" line="36"/>
        <source>Add pages with each edge&apos;s &amp;evidence</source>
        <translation>附加每条边的证据页(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/imageexportdialog.cpp" line="45"/>
        <source>Draw:</source>
        <translation>绘制：</translation>
    </message>
    <message>
        <location filename="../../app/gui/imageexportdialog.cpp" line="47"/>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/gui/imageexportdialog.cpp" line="48"/>
        <source>W&amp;idth:</source>
        <translation>宽度(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>Guanxi::ImportJob</name>
    <message>
        <location filename="../../app/gui/importjob.cpp" line="18"/>
        <source>Import cancelled; nothing was stored</source>
        <translation>导入已取消,未保存任何内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/importjob.cpp" line="87"/>
        <source>Storing %n document(s)</source>
        <translation>
            <numerusform>正在保存 %n 篇文档</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Guanxi::InspectorDock</name>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="41"/>
        <source>Inspector</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="45"/>
        <source>History</source>
        <translation>履历</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="95"/>
        <source>Nothing selected</source>
        <translation>未选择</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="96"/>
        <source>&lt;p&gt;Click a node or an edge to see its details and evidence. Hover a node to highlight its neighbours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;点击节点或连线查看详情和证据。将鼠标悬停在节点上可突出显示其相邻节点。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="129"/>
        <source>investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="133"/>
        <source>Also known as:</source>
        <translation>别名：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="158"/>
        <source>Roles:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="177"/>
        <location filename="../../app/gui/inspectordock.cpp" line="409"/>
        <source>undated</source>
        <translation>时间不详</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="193"/>
        <source>Click to highlight this relation in the graph</source>
        <translation>点击在图中突出显示此关系</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="251"/>
        <source>Founders and people who joined</source>
        <translation>创始人与加入者</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="252"/>
        <source>People who left or are on leave</source>
        <translation>离开或休假的人</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="253"/>
        <source>People working here</source>
        <translation>在职人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="254"/>
        <source>Investors</source>
        <translation>投资方</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="255"/>
        <source>Lawsuits</source>
        <translation>诉讼</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="256"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="257"/>
        <source>Other relations</source>
        <translation>其他关系</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="274"/>
        <source>Plaintiffs:</source>
        <translation>原告：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="274"/>
        <source>Defendants:</source>
        <translation>被告：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="277"/>
        <source>Court:</source>
        <translation>法院：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="277"/>
        <location filename="../../app/gui/inspectordock.cpp" line="278"/>
        <location filename="../../app/gui/inspectordock.cpp" line="279"/>
        <location filename="../../app/gui/inspectordock.cpp" line="403"/>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="277"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="279"/>
        <location filename="../../app/gui/inspectordock.cpp" line="298"/>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="293"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="299"/>
        <source>Role:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="300"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="301"/>
        <source>Duration:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="302"/>
        <source>Confidence:</source>
        <translation>置信度：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="305"/>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="405"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="405"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="405"/>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="405"/>
        <source>First reported</source>
        <translation>首次报道</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="405"/>
        <source>Last reported</source>
        <translation>最近报道</translation>
    </message>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="416"/>
        <source>Articles disagree:</source>
        <translation>各文章说法不一：</translation>
    </message>
</context>
<context>
    <name>Guanxi::MainWindow</name>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="133"/>
        <source>Guanxi — knowledge graph of the news</source>
        <translation>关系 — 新闻知识图谱</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="147"/>
        <location filename="../../app/gui/mainwindow.cpp" line="148"/>
        <source>Layout failed</source>
        <translation>布局失败</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="197"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="221"/>
        <source>Overview</source>
        <translation>全局视图</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="230"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="247"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="248"/>
        <source>&amp;Import articles…</source>
        <translation>导入文章(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="249"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="251"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="253"/>
        <source>Open database &amp;read-only…</source>
        <translation>以只读方式打开数据库(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="254"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="260"/>
        <source>Export &amp;image…</source>
        <translation>导出图片(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="260"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="261"/>
        <source>Export &amp;data…</source>
        <translation>导出数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="263"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="265"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="267"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="269"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="271"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="272"/>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="279"/>
        <source>&amp;Graph</source>
        <translation>图(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="280"/>
        <source>Show &amp;neighbourhood</source>
        <translation>显示邻域(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="282"/>
        <source>&amp;Back to whole graph</source>
        <translation>返回全图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="288"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="300"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="301"/>
        <source>&amp;About Guanxi</source>
        <translation>关于关系(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="302"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="304"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="311"/>
        <source>No entity matches “%1”</source>
        <translation>没有与“%1”匹配的实体</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="316"/>
        <source> depth </source>
        <translation> 深度 </translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="320"/>
        <source>How many hops the neighbourhood reaches</source>
        <translation>邻域包含的跳数</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="324"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="372"/>
        <source>%1 is open read-only: nothing can be imported or edited</source>
        <translation>%1 以只读方式打开：无法导入或编辑</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="484"/>
        <source>%1 cannot be written here, so it is open read-only: nothing can be imported or edited</source>
        <translation>%1 在此处无法写入，因此以只读方式打开：无法导入或编辑</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="490"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="496"/>
        <source>Guanxi opened %1 instead.</source>
        <translation>Guanxi 已改为打开 %1。</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="498"/>
        <source>No database is open: open or create one from the File menu.</source>
        <translation>没有打开的数据库：请从“文件”菜单打开或新建一个。</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="562"/>
        <source>Cannot read the graph</source>
        <translation>无法读取图</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mainwindow.cpp" line="565"/>
        <source>Laying out %n entities…</source>
        <translation>
            <numerusform>正在布局 %n 个实体…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="573"/>
        <source>Layout &amp;engine</source>
        <translation>布局引擎(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="594"/>
        <source>Automatic (by graph size)</source>
        <translation>自动（按图的规模）</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="596"/>
        <source>dot — layered, top-down</source>
        <translation>dot — 分层，自上而下</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="598"/>
        <source>neato — spring model</source>
        <translation>neato — 弹簧模型</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="600"/>
        <source>fdp — force-directed</source>
        <translation>fdp — 力导向</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="602"/>
        <source>sfdp — force-directed, for large graphs</source>
        <translation>sfdp — 力导向，适合大图</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="604"/>
        <source>circo — circular</source>
        <translation>circo — 环形</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="606"/>
        <source>twopi — radial</source>
        <translation>twopi — 放射状</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="637"/>
        <source>Laying out (engine by graph size)…</source>
        <translation>正在布局（按图的规模选择引擎）…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="638"/>
        <source>Laying out with %1…</source>
        <translation>正在用 %1 布局…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="646"/>
        <source>Layout: %1 (automatic)</source>
        <translation>布局：%1（自动）</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="648"/>
        <source>Layout: %1</source>
        <translation>布局：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mainwindow.cpp" line="717"/>
        <source>%n entities, </source>
        <translation>
            <numerusform>%n 个实体，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mainwindow.cpp" line="718"/>
        <location filename="../../app/gui/mainwindow.cpp" line="818"/>
        <source>%n relations</source>
        <translation>
            <numerusform>%n 条关系</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1212"/>
        <source>Graph JSON</source>
        <translation>图 JSON</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1214"/>
        <source>GraphML</source>
        <translation>GraphML</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1216"/>
        <source>GEXF for Gephi</source>
        <translation>GEXF，用于 Gephi</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1218"/>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1220"/>
        <source>CSV for Neo4j, a folder</source>
        <translation>CSV，用于 Neo4j，写入一个文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1222"/>
        <source>Cypher script for Neo4j</source>
        <translation>Neo4j 的 Cypher 脚本</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1271"/>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="675"/>
        <location filename="../../app/gui/mainwindow.cpp" line="910"/>
        <source>Select a node first</source>
        <translation>请先选择一个节点</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="975"/>
        <source>Whole graph</source>
        <translation>全图</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="978"/>
        <source>Whole graph › %1 (depth %2)</source>
        <translation>全图 › %1（深度 %2）</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="998"/>
        <source>Importing articles…</source>
        <translation>正在导入文章…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="998"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="987"/>
        <location filename="../../app/gui/mainwindow.cpp" line="1018"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1020"/>
        <location filename="../../app/gui/mainwindow.cpp" line="1028"/>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mainwindow.cpp" line="1023"/>
        <source>Imported %n document(s)</source>
        <translation>
            <numerusform>已导入 %n 篇文档</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1025"/>
        <source>Some files were not imported</source>
        <translation>部分文件未能导入</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1058"/>
        <source>The sample article is not installed</source>
        <translation>未安装示例文章</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1086"/>
        <location filename="../../app/gui/mainwindow.cpp" line="1104"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1123"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1125"/>
        <source>Guanxi databases (*.db *.sqlite);;All files (*)</source>
        <translation>关系数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="464"/>
        <location filename="../../app/gui/mainwindow.cpp" line="499"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="119"/>
        <source>Use File → Open database read-only… to read this database.</source>
        <translation>请用“文件 → 以只读方式打开数据库…”来读取此数据库。</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="935"/>
        <source>Show the whole graph?</source>
        <translation>显示全图？</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="936"/>
        <source>Show all %L1 entities of this database? Laying out a graph this large may take minutes (about one at 10,000 entities).</source>
        <translation>显示此数据库的全部 %L1 个实体？布局这么大的图可能需要几分钟（10,000 个实体约需一分钟）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="941"/>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mainwindow.cpp" line="959"/>
        <source>Whole graph: %n entities</source>
        <translation>
            <numerusform>全图：%n 个实体</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="960"/>
        <source>Showing %1 of %2 entities around &lt;b&gt;%3&lt;/b&gt; (depth %4) — search to focus elsewhere · &lt;a href=&quot;all&quot;&gt;show all (slow)&lt;/a&gt;</source>
        <translation>显示 &lt;b&gt;%3&lt;/b&gt; 周围的 %1 个实体（共 %2 个，深度 %4）— 搜索可转到别处 · &lt;a href=&quot;all&quot;&gt;全部显示（较慢）&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="988"/>
        <source>%1 is open read-only; nothing can be imported</source>
        <translation>%1 以只读方式打开，无法导入</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1086"/>
        <source>No node is in view</source>
        <translation>视图中没有节点</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1105"/>
        <source>%1 is not a data format Guanxi writes (%2)</source>
        <translation>%1 不是 Guanxi 能写出的数据格式（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1123"/>
        <source>Open database read-only</source>
        <translation>以只读方式打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1133"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1134"/>
        <source>Guanxi databases (*.db)</source>
        <translation>关系数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1142"/>
        <source>Cannot create the database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1149"/>
        <source>this is the database open in this window. A new database needs a name of its own.</source>
        <translation>这是本窗口已打开的数据库。新数据库需要另起一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1153"/>
        <source>the file already exists. Guanxi does not replace a file with a new, empty database, so that nothing it holds is lost: choose another name, or open it with File → Open database…</source>
        <translation>该文件已存在。为免丢失其中的内容，Guanxi 不会用新的空数据库替换它：请换一个名称，或用“文件 → 打开数据库…”打开它。</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1160"/>
        <source>cannot remove %1, left there by an earlier database; remove it and try again</source>
        <translation>无法删除先前的数据库留下的 %1；请将其删除后重试</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1175"/>
        <source>Import articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1176"/>
        <source>Articles (*.txt *.html *.htm *.md);;Graph JSON (*.json);;All files (*)</source>
        <translation>文章 (*.txt *.html *.htm *.md);;图 JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1183"/>
        <source>Export image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1184"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1190"/>
        <location filename="../../app/gui/mainwindow.cpp" line="1197"/>
        <location filename="../../app/gui/mainwindow.cpp" line="1257"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1199"/>
        <location filename="../../app/gui/mainwindow.cpp" line="1259"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1243"/>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1276"/>
        <source>About Guanxi</source>
        <translation>关于关系</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="1267"/>
        <source>&lt;h3&gt;Guanxi 关系 %1&lt;/h3&gt;&lt;p&gt;A knowledge-graph viewer for tech news: who founded, joined, left, invested in or sued whom, with the sentences that say so.&lt;/p&gt;&lt;p&gt;Qt %2 · Graphviz %3 · SQLite %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Guanxi 关系 %1&lt;/h3&gt;&lt;p&gt;科技新闻知识图谱查看器：谁创立、加入、离开、投资或起诉了谁，并附上原文句子。&lt;/p&gt;&lt;p&gt;Qt %2 · Graphviz %3 · SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="169"/>
        <source>The article of this sentence is not stored</source>
        <translation>这句话所在的文章未被保存</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="176"/>
        <source>That entity is not shown: go back to the whole graph or clear the filters</source>
        <translation>该实体未显示：请回到整个图或清除筛选</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="255"/>
        <source>&amp;Recent databases</source>
        <translation>最近的数据库(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="834"/>
        <source>No recent databases</source>
        <translation>没有最近的数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="836"/>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mainwindow.cpp" line="817"/>
        <source>The article gave %n entities, </source>
        <translation>
            <numerusform>这篇文章贡献了 %n 个实体，</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="273"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="284"/>
        <source>&amp;Expand neighbours</source>
        <translation>展开邻居(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mainwindow.cpp" line="286"/>
        <source>Add the selected node&apos;s hidden neighbours to the view; nothing else moves</source>
        <translation>把所选节点尚未显示的邻居加入视图;其他节点位置不变</translation>
    </message>
</context>
<context>
    <name>Guanxi::RelationDialog</name>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="23"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="28"/>
        <source>2024, 2024-06, 2024-06-03 or 2024-W31; empty when unknown</source>
        <translation>2024、2024-06、2024-06-03 或 2024-W31；未知时留空</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="29"/>
        <source>CEO, 总裁</source>
        <translation>CEO、总裁</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="30"/>
        <source>10亿美元</source>
        <translation>10亿美元</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="31"/>
        <source>How you know it; shown as the relation&apos;s evidence</source>
        <translation>你从何得知；作为这条关系的证据显示</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="35"/>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="36"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="37"/>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="38"/>
        <source>&amp;Role:</source>
        <translation>职位(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="39"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="40"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/gui/commands/relationdialog.cpp" line="93"/>
        <source>Not a time: write 2024, 2024-06, 2024-06-03 or 2024-W31</source>
        <translation>不是时间：请写 2024、2024-06、2024-06-03 或 2024-W31</translation>
    </message>
</context>
<context>
    <name>Guanxi::SearchBox</name>
    <message>
        <location filename="../../app/gui/searchbox.cpp" line="23"/>
        <source>Search people, companies… (中文, English or pinyin)</source>
        <translation>搜索人物、公司…（中文、英文或拼音）</translation>
    </message>
</context>
<context>
    <name>ImageExporter</name>
    <message>
        <location filename="../../app/canvas/imageexporter.cpp" line="73"/>
        <source>Cannot tell the image format of %1: use a .png, .svg or .pdf file name</source>
        <translation>无法判断 %1 的图片格式：请使用 .png、.svg 或 .pdf 文件名</translation>
    </message>
    <message>
        <location filename="../../app/canvas/imageexporter.cpp" line="79"/>
        <source>There is nothing to draw: the graph has no entities</source>
        <translation>没有可绘制的内容：图中没有实体</translation>
    </message>
    <message>
        <location filename="../../app/canvas/imageexporter.cpp" line="81"/>
        <source>The graph has not been laid out</source>
        <translation>图尚未布局</translation>
    </message>
    <message>
        <location filename="../../app/canvas/imageexporter.cpp" line="159"/>
        <source>The image would be %1 × %2 pixels; choose a smaller width or resolution</source>
        <translation>图片将为 %1 × %2 像素；请选择更小的宽度或分辨率</translation>
    </message>
    <message>
        <location filename="../../app/canvas/imageexporter.cpp" line="164"/>
        <source>Not enough memory for a %1 × %2 image</source>
        <translation>内存不足，无法生成 %1 × %2 的图片</translation>
    </message>
    <message>
        <location filename="../../app/canvas/imageexporter.cpp" line="290"/>
        <source>Cannot start the PDF document</source>
        <translation>无法创建 PDF 文档</translation>
    </message>
    <message>
        <location filename="../../app/canvas/imageexporter.cpp" line="315"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/canvas/imageexporter.cpp" line="355"/>
        <source>Cannot encode the PNG image</source>
        <translation>无法编码 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../app/canvas/imageexporter.cpp" line="375"/>
        <location filename="../../app/canvas/imageexporter.cpp" line="377"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../../app/gui/inspectordock.cpp" line="183"/>
        <location filename="../../app/gui/inspectordock.cpp" line="317"/>
        <source>added by you</source>
        <translation>由你添加</translation>
    </message>
</context>
<context>
    <name>ItemToolTip</name>
    <message>
        <location filename="../../app/canvas/itemtooltip.cpp" line="23"/>
        <source>%1, investor</source>
        <translation>%1，投资方</translation>
    </message>
    <message>
        <location filename="../../app/canvas/itemtooltip.cpp" line="35"/>
        <source>one relation</source>
        <translation>1 条关系</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/canvas/itemtooltip.cpp" line="35"/>
        <source>%n relations</source>
        <translation>
            <numerusform>%n 条关系</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegendPainter</name>
    <message>
        <location filename="../../app/canvas/legendpainter.cpp" line="35"/>
        <location filename="../../app/canvas/legendpainter.cpp" line="59"/>
        <source>Investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <location filename="../../app/canvas/legendpainter.h" line="40"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>MergeEntitiesCommand</name>
    <message>
        <location filename="../../app/gui/commands/mergeentitiescommand.cpp" line="10"/>
        <source>Merge “%1” into “%2”</source>
        <translation>将“%1”合并到“%2”</translation>
    </message>
</context>
<context>
    <name>RenameEntityCommand</name>
    <message>
        <location filename="../../app/gui/commands/renameentitycommand.cpp" line="10"/>
        <source>Rename “%1” to “%2”</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
</context>
<context>
    <name>SplitAliasCommand</name>
    <message>
        <location filename="../../app/gui/commands/splitaliascommand.cpp" line="10"/>
        <source>Split “%1” off “%2”</source>
        <translation>从“%2”拆分出“%1”</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="218"/>
        <source>Guanxi — %1</source>
        <translation>关系 — %1</translation>
    </message>
</context>
</TS>
