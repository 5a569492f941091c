<?xml version="1.0" encoding="UTF-8"?>
<!--
  lexicon-base.pls: dotvox's base pronunciation lexicon.

  Words whose reading a general dictionary or a character-by-character
  reading often gets wrong: polyphonic characters in context (银行 yin2
  hang2, 行走 xing2 zou3, 校长 xiao4 zhang3, 目的 mu4 di4), common
  neutral-tone words (东西 dong1 xi5, the thing) and the vocabulary of
  libraries and accessible reading (馆藏, 借阅, 盲文, 有声读物).
  Loaded before lexicon-zhejiang.pls and any user lexicon, which override
  it.

  Format: W3C Pronunciation Lexicon Specification (PLS) 1.0.  The
  alphabet "x-pinyin-num" is dotvox's: each <phoneme> is tone-numbered
  Hanyu Pinyin, one syllable per Han character of the grapheme, tones
  1-4 and 5 for the neutral tone, u-umlaut written v (lv4).  Tones are
  the citation tones of the Xiandai Hanyu Cidian conventions; the tone
  sandhi of yi1 and bu4 is left to the reader.

  Written for dotvox by its authors.  License: CC0 1.0 Universal
  (public domain dedication),
  https://creativecommons.org/publicdomain/zero/1.0/
-->
<lexicon version="1.0"
    xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
    alphabet="x-pinyin-num" xml:lang="zh-CN">
  <!-- 行 háng / xíng -->
  <lexeme><grapheme>银行</grapheme><phoneme>yin2 hang2</phoneme></lexeme>
  <lexeme><grapheme>银行卡</grapheme><phoneme>yin2 hang2 ka3</phoneme></lexeme>
  <lexeme><grapheme>行长</grapheme><phoneme>hang2 zhang3</phoneme></lexeme>
  <lexeme><grapheme>行业</grapheme><phoneme>hang2 ye4</phoneme></lexeme>
  <lexeme><grapheme>行列</grapheme><phoneme>hang2 lie4</phoneme></lexeme>
  <lexeme><grapheme>行情</grapheme><phoneme>hang2 qing2</phoneme></lexeme>
  <lexeme><grapheme>行家</grapheme><phoneme>hang2 jia1</phoneme></lexeme>
  <lexeme><grapheme>行当</grapheme><phoneme>hang2 dang5</phoneme></lexeme>
  <lexeme><grapheme>行距</grapheme><phoneme>hang2 ju4</phoneme></lexeme>
  <lexeme><grapheme>外行</grapheme><phoneme>wai4 hang2</phoneme></lexeme>
  <lexeme><grapheme>内行</grapheme><phoneme>nei4 hang2</phoneme></lexeme>
  <lexeme><grapheme>排行榜</grapheme><phoneme>pai2 hang2 bang3</phoneme></lexeme>
  <lexeme><grapheme>行走</grapheme><phoneme>xing2 zou3</phoneme></lexeme>
  <lexeme><grapheme>行为</grapheme><phoneme>xing2 wei2</phoneme></lexeme>
  <lexeme><grapheme>行人</grapheme><phoneme>xing2 ren2</phoneme></lexeme>
  <lexeme><grapheme>行动</grapheme><phoneme>xing2 dong4</phoneme></lexeme>
  <lexeme><grapheme>行政</grapheme><phoneme>xing2 zheng4</phoneme></lexeme>
  <lexeme><grapheme>行李</grapheme><phoneme>xing2 li5</phoneme></lexeme>
  <lexeme><grapheme>发行</grapheme><phoneme>fa1 xing2</phoneme></lexeme>
  <lexeme><grapheme>执行</grapheme><phoneme>zhi2 xing2</phoneme></lexeme>
  <lexeme><grapheme>进行</grapheme><phoneme>jin4 xing2</phoneme></lexeme>
  <lexeme><grapheme>举行</grapheme><phoneme>ju3 xing2</phoneme></lexeme>
  <lexeme><grapheme>旅行</grapheme><phoneme>lv3 xing2</phoneme></lexeme>
  <lexeme><grapheme>运行</grapheme><phoneme>yun4 xing2</phoneme></lexeme>
  <lexeme><grapheme>流行</grapheme><phoneme>liu2 xing2</phoneme></lexeme>
  <lexeme><grapheme>自行车</grapheme><phoneme>zi4 xing2 che1</phoneme></lexeme>
  <lexeme><grapheme>道行</grapheme><phoneme>dao4 heng5</phoneme></lexeme>
  <!-- 长 cháng / zhǎng -->
  <lexeme><grapheme>长江</grapheme><phoneme>chang2 jiang1</phoneme></lexeme>
  <lexeme><grapheme>长期</grapheme><phoneme>chang2 qi1</phoneme></lexeme>
  <lexeme><grapheme>长度</grapheme><phoneme>chang2 du4</phoneme></lexeme>
  <lexeme><grapheme>长久</grapheme><phoneme>chang2 jiu3</phoneme></lexeme>
  <lexeme><grapheme>长城</grapheme><phoneme>chang2 cheng2</phoneme></lexeme>
  <lexeme><grapheme>长处</grapheme><phoneme>chang2 chu4</phoneme></lexeme>
  <lexeme><grapheme>长短</grapheme><phoneme>chang2 duan3</phoneme></lexeme>
  <lexeme><grapheme>长篇</grapheme><phoneme>chang2 pian1</phoneme></lexeme>
  <lexeme><grapheme>长途</grapheme><phoneme>chang2 tu2</phoneme></lexeme>
  <lexeme><grapheme>长远</grapheme><phoneme>chang2 yuan3</phoneme></lexeme>
  <lexeme><grapheme>长沙</grapheme><phoneme>chang2 sha1</phoneme></lexeme>
  <lexeme><grapheme>长春</grapheme><phoneme>chang2 chun1</phoneme></lexeme>
  <lexeme><grapheme>长安</grapheme><phoneme>chang2 an1</phoneme></lexeme>
  <lexeme><grapheme>特长</grapheme><phoneme>te4 chang2</phoneme></lexeme>
  <lexeme><grapheme>擅长</grapheme><phoneme>shan4 chang2</phoneme></lexeme>
  <lexeme><grapheme>漫长</grapheme><phoneme>man4 chang2</phoneme></lexeme>
  <lexeme><grapheme>延长</grapheme><phoneme>yan2 chang2</phoneme></lexeme>
  <lexeme><grapheme>长大</grapheme><phoneme>zhang3 da4</phoneme></lexeme>
  <lexeme><grapheme>成长</grapheme><phoneme>cheng2 zhang3</phoneme></lexeme>
  <lexeme><grapheme>生长</grapheme><phoneme>sheng1 zhang3</phoneme></lexeme>
  <lexeme><grapheme>增长</grapheme><phoneme>zeng1 zhang3</phoneme></lexeme>
  <lexeme><grapheme>增长率</grapheme><phoneme>zeng1 zhang3 lv4</phoneme></lexeme>
  <lexeme><grapheme>长辈</grapheme><phoneme>zhang3 bei4</phoneme></lexeme>
  <lexeme><grapheme>长老</grapheme><phoneme>zhang3 lao3</phoneme></lexeme>
  <lexeme><grapheme>长子</grapheme><phoneme>zhang3 zi3</phoneme></lexeme>
  <lexeme><grapheme>长相</grapheme><phoneme>zhang3 xiang4</phoneme></lexeme>
  <lexeme><grapheme>校长</grapheme><phoneme>xiao4 zhang3</phoneme></lexeme>
  <lexeme><grapheme>馆长</grapheme><phoneme>guan3 zhang3</phoneme></lexeme>
  <lexeme><grapheme>家长</grapheme><phoneme>jia1 zhang3</phoneme></lexeme>
  <lexeme><grapheme>部长</grapheme><phoneme>bu4 zhang3</phoneme></lexeme>
  <lexeme><grapheme>市长</grapheme><phoneme>shi4 zhang3</phoneme></lexeme>
  <lexeme><grapheme>省长</grapheme><phoneme>sheng3 zhang3</phoneme></lexeme>
  <lexeme><grapheme>县长</grapheme><phoneme>xian4 zhang3</phoneme></lexeme>
  <lexeme><grapheme>院长</grapheme><phoneme>yuan4 zhang3</phoneme></lexeme>
  <lexeme><grapheme>班长</grapheme><phoneme>ban1 zhang3</phoneme></lexeme>
  <lexeme><grapheme>组长</grapheme><phoneme>zu3 zhang3</phoneme></lexeme>
  <lexeme><grapheme>队长</grapheme><phoneme>dui4 zhang3</phoneme></lexeme>
  <lexeme><grapheme>厂长</grapheme><phoneme>chang3 zhang3</phoneme></lexeme>
  <lexeme><grapheme>社长</grapheme><phoneme>she4 zhang3</phoneme></lexeme>
  <lexeme><grapheme>会长</grapheme><phoneme>hui4 zhang3</phoneme></lexeme>
  <lexeme><grapheme>董事长</grapheme><phoneme>dong3 shi4 zhang3</phoneme></lexeme>
  <lexeme><grapheme>处长</grapheme><phoneme>chu4 zhang3</phoneme></lexeme>
  <lexeme><grapheme>科长</grapheme><phoneme>ke1 zhang3</phoneme></lexeme>
  <lexeme><grapheme>局长</grapheme><phoneme>ju2 zhang3</phoneme></lexeme>
  <lexeme><grapheme>站长</grapheme><phoneme>zhan4 zhang3</phoneme></lexeme>
  <lexeme><grapheme>船长</grapheme><phoneme>chuan2 zhang3</phoneme></lexeme>
  <lexeme><grapheme>首长</grapheme><phoneme>shou3 zhang3</phoneme></lexeme>
  <lexeme><grapheme>师长</grapheme><phoneme>shi1 zhang3</phoneme></lexeme>
  <lexeme><grapheme>学长</grapheme><phoneme>xue2 zhang3</phoneme></lexeme>
  <!-- 重 zhòng / chóng -->
  <lexeme><grapheme>重要</grapheme><phoneme>zhong4 yao4</phoneme></lexeme>
  <lexeme><grapheme>重点</grapheme><phoneme>zhong4 dian3</phoneme></lexeme>
  <lexeme><grapheme>重视</grapheme><phoneme>zhong4 shi4</phoneme></lexeme>
  <lexeme><grapheme>重大</grapheme><phoneme>zhong4 da4</phoneme></lexeme>
  <lexeme><grapheme>重量</grapheme><phoneme>zhong4 liang4</phoneme></lexeme>
  <lexeme><grapheme>重心</grapheme><phoneme>zhong4 xin1</phoneme></lexeme>
  <lexeme><grapheme>严重</grapheme><phoneme>yan2 zhong4</phoneme></lexeme>
  <lexeme><grapheme>尊重</grapheme><phoneme>zun1 zhong4</phoneme></lexeme>
  <lexeme><grapheme>体重</grapheme><phoneme>ti3 zhong4</phoneme></lexeme>
  <lexeme><grapheme>沉重</grapheme><phoneme>chen2 zhong4</phoneme></lexeme>
  <lexeme><grapheme>隆重</grapheme><phoneme>long2 zhong4</phoneme></lexeme>
  <lexeme><grapheme>注重</grapheme><phoneme>zhu4 zhong4</phoneme></lexeme>
  <lexeme><grapheme>重担</grapheme><phoneme>zhong4 dan4</phoneme></lexeme>
  <lexeme><grapheme>载重</grapheme><phoneme>zai4 zhong4</phoneme></lexeme>
  <lexeme><grapheme>重庆</grapheme><phoneme>chong2 qing4</phoneme></lexeme>
  <lexeme><grapheme>重新</grapheme><phoneme>chong2 xin1</phoneme></lexeme>
  <lexeme><grapheme>重复</grapheme><phoneme>chong2 fu4</phoneme></lexeme>
  <lexeme><grapheme>重阳</grapheme><phoneme>chong2 yang2</phoneme></lexeme>
  <lexeme><grapheme>重叠</grapheme><phoneme>chong2 die2</phoneme></lexeme>
  <lexeme><grapheme>重建</grapheme><phoneme>chong2 jian4</phoneme></lexeme>
  <lexeme><grapheme>重印</grapheme><phoneme>chong2 yin4</phoneme></lexeme>
  <lexeme><grapheme>重版</grapheme><phoneme>chong2 ban3</phoneme></lexeme>
  <lexeme><grapheme>重申</grapheme><phoneme>chong2 shen1</phoneme></lexeme>
  <lexeme><grapheme>重播</grapheme><phoneme>chong2 bo1</phoneme></lexeme>
  <lexeme><grapheme>重逢</grapheme><phoneme>chong2 feng2</phoneme></lexeme>
  <lexeme><grapheme>重组</grapheme><phoneme>chong2 zu3</phoneme></lexeme>
  <lexeme><grapheme>重合</grapheme><phoneme>chong2 he2</phoneme></lexeme>
  <lexeme><grapheme>重写</grapheme><phoneme>chong2 xie3</phoneme></lexeme>
  <!-- 乐 yuè / lè -->
  <lexeme><grapheme>音乐</grapheme><phoneme>yin1 yue4</phoneme></lexeme>
  <lexeme><grapheme>音乐会</grapheme><phoneme>yin1 yue4 hui4</phoneme></lexeme>
  <lexeme><grapheme>音乐厅</grapheme><phoneme>yin1 yue4 ting1</phoneme></lexeme>
  <lexeme><grapheme>乐器</grapheme><phoneme>yue4 qi4</phoneme></lexeme>
  <lexeme><grapheme>乐队</grapheme><phoneme>yue4 dui4</phoneme></lexeme>
  <lexeme><grapheme>乐曲</grapheme><phoneme>yue4 qu3</phoneme></lexeme>
  <lexeme><grapheme>乐谱</grapheme><phoneme>yue4 pu3</phoneme></lexeme>
  <lexeme><grapheme>乐团</grapheme><phoneme>yue4 tuan2</phoneme></lexeme>
  <lexeme><grapheme>乐理</grapheme><phoneme>yue4 li3</phoneme></lexeme>
  <lexeme><grapheme>乐府</grapheme><phoneme>yue4 fu3</phoneme></lexeme>
  <lexeme><grapheme>声乐</grapheme><phoneme>sheng1 yue4</phoneme></lexeme>
  <lexeme><grapheme>器乐</grapheme><phoneme>qi4 yue4</phoneme></lexeme>
  <lexeme><grapheme>民乐</grapheme><phoneme>min2 yue4</phoneme></lexeme>
  <lexeme><grapheme>快乐</grapheme><phoneme>kuai4 le4</phoneme></lexeme>
  <lexeme><grapheme>乐观</grapheme><phoneme>le4 guan1</phoneme></lexeme>
  <lexeme><grapheme>娱乐</grapheme><phoneme>yu2 le4</phoneme></lexeme>
  <lexeme><grapheme>欢乐</grapheme><phoneme>huan1 le4</phoneme></lexeme>
  <lexeme><grapheme>乐趣</grapheme><phoneme>le4 qu4</phoneme></lexeme>
  <lexeme><grapheme>乐意</grapheme><phoneme>le4 yi4</phoneme></lexeme>
  <lexeme><grapheme>俱乐部</grapheme><phoneme>ju4 le4 bu4</phoneme></lexeme>
  <lexeme><grapheme>安居乐业</grapheme><phoneme>an1 ju1 le4 ye4</phoneme></lexeme>
  <!-- 还 huán / hái -->
  <lexeme><grapheme>还书</grapheme><phoneme>huan2 shu1</phoneme></lexeme>
  <lexeme><grapheme>归还</grapheme><phoneme>gui1 huan2</phoneme></lexeme>
  <lexeme><grapheme>还款</grapheme><phoneme>huan2 kuan3</phoneme></lexeme>
  <lexeme><grapheme>偿还</grapheme><phoneme>chang2 huan2</phoneme></lexeme>
  <lexeme><grapheme>还原</grapheme><phoneme>huan2 yuan2</phoneme></lexeme>
  <lexeme><grapheme>还给</grapheme><phoneme>huan2 gei3</phoneme></lexeme>
  <lexeme><grapheme>退还</grapheme><phoneme>tui4 huan2</phoneme></lexeme>
  <lexeme><grapheme>还是</grapheme><phoneme>hai2 shi4</phoneme></lexeme>
  <lexeme><grapheme>还有</grapheme><phoneme>hai2 you3</phoneme></lexeme>
  <lexeme><grapheme>还要</grapheme><phoneme>hai2 yao4</phoneme></lexeme>
  <lexeme><grapheme>还在</grapheme><phoneme>hai2 zai4</phoneme></lexeme>
  <lexeme><grapheme>还没</grapheme><phoneme>hai2 mei2</phoneme></lexeme>
  <lexeme><grapheme>还会</grapheme><phoneme>hai2 hui4</phoneme></lexeme>
  <!-- 藏 cáng / zàng -->
  <lexeme><grapheme>馆藏</grapheme><phoneme>guan3 cang2</phoneme></lexeme>
  <lexeme><grapheme>收藏</grapheme><phoneme>shou1 cang2</phoneme></lexeme>
  <lexeme><grapheme>收藏家</grapheme><phoneme>shou1 cang2 jia1</phoneme></lexeme>
  <lexeme><grapheme>藏书</grapheme><phoneme>cang2 shu1</phoneme></lexeme>
  <lexeme><grapheme>藏书楼</grapheme><phoneme>cang2 shu1 lou2</phoneme></lexeme>
  <lexeme><grapheme>储藏</grapheme><phoneme>chu3 cang2</phoneme></lexeme>
  <lexeme><grapheme>隐藏</grapheme><phoneme>yin3 cang2</phoneme></lexeme>
  <lexeme><grapheme>珍藏</grapheme><phoneme>zhen1 cang2</phoneme></lexeme>
  <lexeme><grapheme>典藏</grapheme><phoneme>dian3 cang2</phoneme></lexeme>
  <lexeme><grapheme>藏品</grapheme><phoneme>cang2 pin3</phoneme></lexeme>
  <lexeme><grapheme>躲藏</grapheme><phoneme>duo3 cang2</phoneme></lexeme>
  <lexeme><grapheme>西藏</grapheme><phoneme>xi1 zang4</phoneme></lexeme>
  <lexeme><grapheme>宝藏</grapheme><phoneme>bao3 zang4</phoneme></lexeme>
  <lexeme><grapheme>藏族</grapheme><phoneme>zang4 zu2</phoneme></lexeme>
  <lexeme><grapheme>藏文</grapheme><phoneme>zang4 wen2</phoneme></lexeme>
  <lexeme><grapheme>藏语</grapheme><phoneme>zang4 yu3</phoneme></lexeme>
  <lexeme><grapheme>大藏经</grapheme><phoneme>da4 zang4 jing1</phoneme></lexeme>
  <lexeme><grapheme>道藏</grapheme><phoneme>dao4 zang4</phoneme></lexeme>
  <lexeme><grapheme>青藏</grapheme><phoneme>qing1 zang4</phoneme></lexeme>
  <!-- 和 hé / huo / hè / huó -->
  <lexeme><grapheme>和平</grapheme><phoneme>he2 ping2</phoneme></lexeme>
  <lexeme><grapheme>和谐</grapheme><phoneme>he2 xie2</phoneme></lexeme>
  <lexeme><grapheme>温和</grapheme><phoneme>wen1 he2</phoneme></lexeme>
  <lexeme><grapheme>总和</grapheme><phoneme>zong3 he2</phoneme></lexeme>
  <lexeme><grapheme>和尚</grapheme><phoneme>he2 shang5</phoneme></lexeme>
  <lexeme><grapheme>随和</grapheme><phoneme>sui2 he5</phoneme></lexeme>
  <lexeme><grapheme>暖和</grapheme><phoneme>nuan3 huo5</phoneme></lexeme>
  <lexeme><grapheme>搀和</grapheme><phoneme>chan1 huo5</phoneme></lexeme>
  <lexeme><grapheme>掺和</grapheme><phoneme>chan1 huo5</phoneme></lexeme>
  <lexeme><grapheme>和面</grapheme><phoneme>huo2 mian4</phoneme></lexeme>
  <lexeme><grapheme>附和</grapheme><phoneme>fu4 he4</phoneme></lexeme>
  <lexeme><grapheme>应和</grapheme><phoneme>ying4 he4</phoneme></lexeme>
  <!-- 得 dé / de / děi -->
  <lexeme><grapheme>得到</grapheme><phoneme>de2 dao4</phoneme></lexeme>
  <lexeme><grapheme>获得</grapheme><phoneme>huo4 de2</phoneme></lexeme>
  <lexeme><grapheme>取得</grapheme><phoneme>qu3 de2</phoneme></lexeme>
  <lexeme><grapheme>得分</grapheme><phoneme>de2 fen1</phoneme></lexeme>
  <lexeme><grapheme>难得</grapheme><phoneme>nan2 de2</phoneme></lexeme>
  <lexeme><grapheme>心得</grapheme><phoneme>xin1 de2</phoneme></lexeme>
  <lexeme><grapheme>得意</grapheme><phoneme>de2 yi4</phoneme></lexeme>
  <lexeme><grapheme>得以</grapheme><phoneme>de2 yi3</phoneme></lexeme>
  <lexeme><grapheme>不得不</grapheme><phoneme>bu4 de2 bu4</phoneme></lexeme>
  <lexeme><grapheme>觉得</grapheme><phoneme>jue2 de5</phoneme></lexeme>
  <lexeme><grapheme>记得</grapheme><phoneme>ji4 de5</phoneme></lexeme>
  <lexeme><grapheme>晓得</grapheme><phoneme>xiao3 de5</phoneme></lexeme>
  <lexeme><grapheme>懂得</grapheme><phoneme>dong3 de5</phoneme></lexeme>
  <lexeme><grapheme>值得</grapheme><phoneme>zhi2 de5</phoneme></lexeme>
  <lexeme><grapheme>舍得</grapheme><phoneme>she3 de5</phoneme></lexeme>
  <lexeme><grapheme>舍不得</grapheme><phoneme>she3 bu5 de5</phoneme></lexeme>
  <lexeme><grapheme>免得</grapheme><phoneme>mian3 de5</phoneme></lexeme>
  <lexeme><grapheme>省得</grapheme><phoneme>sheng3 de5</phoneme></lexeme>
  <lexeme><grapheme>使得</grapheme><phoneme>shi3 de5</phoneme></lexeme>
  <!-- 地 dì / de -->
  <lexeme><grapheme>地图</grapheme><phoneme>di4 tu2</phoneme></lexeme>
  <lexeme><grapheme>地球</grapheme><phoneme>di4 qiu2</phoneme></lexeme>
  <lexeme><grapheme>土地</grapheme><phoneme>tu3 di4</phoneme></lexeme>
  <lexeme><grapheme>地区</grapheme><phoneme>di4 qu1</phoneme></lexeme>
  <lexeme><grapheme>地址</grapheme><phoneme>di4 zhi3</phoneme></lexeme>
  <lexeme><grapheme>地铁</grapheme><phoneme>di4 tie3</phoneme></lexeme>
  <lexeme><grapheme>地位</grapheme><phoneme>di4 wei4</phoneme></lexeme>
  <lexeme><grapheme>地点</grapheme><phoneme>di4 dian3</phoneme></lexeme>
  <lexeme><grapheme>地方文献</grapheme><phoneme>di4 fang1 wen2 xian4</phoneme></lexeme>
  <lexeme><grapheme>慢慢地</grapheme><phoneme>man4 man4 de5</phoneme></lexeme>
  <lexeme><grapheme>渐渐地</grapheme><phoneme>jian4 jian4 de5</phoneme></lexeme>
  <lexeme><grapheme>默默地</grapheme><phoneme>mo4 mo4 de5</phoneme></lexeme>
  <lexeme><grapheme>静静地</grapheme><phoneme>jing4 jing4 de5</phoneme></lexeme>
  <lexeme><grapheme>轻轻地</grapheme><phoneme>qing1 qing1 de5</phoneme></lexeme>
  <lexeme><grapheme>悄悄地</grapheme><phoneme>qiao1 qiao1 de5</phoneme></lexeme>
  <lexeme><grapheme>不断地</grapheme><phoneme>bu4 duan4 de5</phoneme></lexeme>
  <!-- 的 de / dì / dí / dī -->
  <lexeme><grapheme>目的</grapheme><phoneme>mu4 di4</phoneme></lexeme>
  <lexeme><grapheme>标的</grapheme><phoneme>biao1 di4</phoneme></lexeme>
  <lexeme><grapheme>有的放矢</grapheme><phoneme>you3 di4 fang4 shi3</phoneme></lexeme>
  <lexeme><grapheme>众矢之的</grapheme><phoneme>zhong4 shi3 zhi1 di4</phoneme></lexeme>
  <lexeme><grapheme>的确</grapheme><phoneme>di2 que4</phoneme></lexeme>
  <lexeme><grapheme>的士</grapheme><phoneme>di1 shi4</phoneme></lexeme>
  <lexeme><grapheme>的哥</grapheme><phoneme>di1 ge1</phoneme></lexeme>
  <!-- 为 wéi / wèi -->
  <lexeme><grapheme>为了</grapheme><phoneme>wei4 le5</phoneme></lexeme>
  <lexeme><grapheme>因为</grapheme><phoneme>yin1 wei4</phoneme></lexeme>
  <lexeme><grapheme>为什么</grapheme><phoneme>wei4 shen2 me5</phoneme></lexeme>
  <lexeme><grapheme>为此</grapheme><phoneme>wei4 ci3</phoneme></lexeme>
  <lexeme><grapheme>为何</grapheme><phoneme>wei4 he2</phoneme></lexeme>
  <lexeme><grapheme>作为</grapheme><phoneme>zuo4 wei2</phoneme></lexeme>
  <lexeme><grapheme>认为</grapheme><phoneme>ren4 wei2</phoneme></lexeme>
  <lexeme><grapheme>成为</grapheme><phoneme>cheng2 wei2</phoneme></lexeme>
  <lexeme><grapheme>以为</grapheme><phoneme>yi3 wei2</phoneme></lexeme>
  <lexeme><grapheme>称为</grapheme><phoneme>cheng1 wei2</phoneme></lexeme>
  <lexeme><grapheme>为止</grapheme><phoneme>wei2 zhi3</phoneme></lexeme>
  <lexeme><grapheme>为主</grapheme><phoneme>wei2 zhu3</phoneme></lexeme>
  <lexeme><grapheme>为人</grapheme><phoneme>wei2 ren2</phoneme></lexeme>
  <lexeme><grapheme>更为</grapheme><phoneme>geng4 wei2</phoneme></lexeme>
  <lexeme><grapheme>极为</grapheme><phoneme>ji2 wei2</phoneme></lexeme>
  <!-- 处 chǔ / chù -->
  <lexeme><grapheme>处理</grapheme><phoneme>chu3 li3</phoneme></lexeme>
  <lexeme><grapheme>处于</grapheme><phoneme>chu3 yu2</phoneme></lexeme>
  <lexeme><grapheme>处分</grapheme><phoneme>chu3 fen4</phoneme></lexeme>
  <lexeme><grapheme>处境</grapheme><phoneme>chu3 jing4</phoneme></lexeme>
  <lexeme><grapheme>相处</grapheme><phoneme>xiang1 chu3</phoneme></lexeme>
  <lexeme><grapheme>处方</grapheme><phoneme>chu3 fang1</phoneme></lexeme>
  <lexeme><grapheme>处罚</grapheme><phoneme>chu3 fa2</phoneme></lexeme>
  <lexeme><grapheme>处女</grapheme><phoneme>chu3 nv3</phoneme></lexeme>
  <lexeme><grapheme>处置</grapheme><phoneme>chu3 zhi4</phoneme></lexeme>
  <lexeme><grapheme>处世</grapheme><phoneme>chu3 shi4</phoneme></lexeme>
  <lexeme><grapheme>到处</grapheme><phoneme>dao4 chu4</phoneme></lexeme>
  <lexeme><grapheme>好处</grapheme><phoneme>hao3 chu5</phoneme></lexeme>
  <lexeme><grapheme>办事处</grapheme><phoneme>ban4 shi4 chu4</phoneme></lexeme>
  <lexeme><grapheme>用处</grapheme><phoneme>yong4 chu5</phoneme></lexeme>
  <lexeme><grapheme>益处</grapheme><phoneme>yi4 chu4</phoneme></lexeme>
  <lexeme><grapheme>处所</grapheme><phoneme>chu4 suo3</phoneme></lexeme>
  <lexeme><grapheme>出处</grapheme><phoneme>chu1 chu4</phoneme></lexeme>
  <lexeme><grapheme>深处</grapheme><phoneme>shen1 chu4</phoneme></lexeme>
  <lexeme><grapheme>各处</grapheme><phoneme>ge4 chu4</phoneme></lexeme>
  <!-- 发 fā / fà -->
  <lexeme><grapheme>发展</grapheme><phoneme>fa1 zhan3</phoneme></lexeme>
  <lexeme><grapheme>发现</grapheme><phoneme>fa1 xian4</phoneme></lexeme>
  <lexeme><grapheme>发表</grapheme><phoneme>fa1 biao3</phoneme></lexeme>
  <lexeme><grapheme>出发</grapheme><phoneme>chu1 fa1</phoneme></lexeme>
  <lexeme><grapheme>头发</grapheme><phoneme>tou2 fa5</phoneme></lexeme>
  <lexeme><grapheme>理发</grapheme><phoneme>li3 fa4</phoneme></lexeme>
  <lexeme><grapheme>理发店</grapheme><phoneme>li3 fa4 dian4</phoneme></lexeme>
  <lexeme><grapheme>白发</grapheme><phoneme>bai2 fa4</phoneme></lexeme>
  <lexeme><grapheme>发型</grapheme><phoneme>fa4 xing2</phoneme></lexeme>
  <lexeme><grapheme>毛发</grapheme><phoneme>mao2 fa4</phoneme></lexeme>
  <lexeme><grapheme>卷发</grapheme><phoneme>juan3 fa4</phoneme></lexeme>
  <!-- 数 shù / shǔ -->
  <lexeme><grapheme>数学</grapheme><phoneme>shu4 xue2</phoneme></lexeme>
  <lexeme><grapheme>数字</grapheme><phoneme>shu4 zi4</phoneme></lexeme>
  <lexeme><grapheme>数字资源</grapheme><phoneme>shu4 zi4 zi1 yuan2</phoneme></lexeme>
  <lexeme><grapheme>数据</grapheme><phoneme>shu4 ju4</phoneme></lexeme>
  <lexeme><grapheme>数据库</grapheme><phoneme>shu4 ju4 ku4</phoneme></lexeme>
  <lexeme><grapheme>数量</grapheme><phoneme>shu4 liang4</phoneme></lexeme>
  <lexeme><grapheme>数码</grapheme><phoneme>shu4 ma3</phoneme></lexeme>
  <lexeme><grapheme>数目</grapheme><phoneme>shu4 mu4</phoneme></lexeme>
  <lexeme><grapheme>次数</grapheme><phoneme>ci4 shu4</phoneme></lexeme>
  <lexeme><grapheme>人数</grapheme><phoneme>ren2 shu4</phoneme></lexeme>
  <lexeme><grapheme>少数</grapheme><phoneme>shao3 shu4</phoneme></lexeme>
  <lexeme><grapheme>不计其数</grapheme><phoneme>bu4 ji4 qi2 shu4</phoneme></lexeme>
  <lexeme><grapheme>数数</grapheme><phoneme>shu3 shu4</phoneme></lexeme>
  <lexeme><grapheme>数落</grapheme><phoneme>shu3 luo5</phoneme></lexeme>
  <lexeme><grapheme>数一数二</grapheme><phoneme>shu3 yi1 shu3 er4</phoneme></lexeme>
  <!-- 少 shǎo / shào -->
  <lexeme><grapheme>多少</grapheme><phoneme>duo1 shao3</phoneme></lexeme>
  <lexeme><grapheme>减少</grapheme><phoneme>jian3 shao3</phoneme></lexeme>
  <lexeme><grapheme>至少</grapheme><phoneme>zhi4 shao3</phoneme></lexeme>
  <lexeme><grapheme>缺少</grapheme><phoneme>que1 shao3</phoneme></lexeme>
  <lexeme><grapheme>少量</grapheme><phoneme>shao3 liang4</phoneme></lexeme>
  <lexeme><grapheme>少年</grapheme><phoneme>shao4 nian2</phoneme></lexeme>
  <lexeme><grapheme>青少年</grapheme><phoneme>qing1 shao4 nian2</phoneme></lexeme>
  <lexeme><grapheme>少女</grapheme><phoneme>shao4 nv3</phoneme></lexeme>
  <lexeme><grapheme>少儿</grapheme><phoneme>shao4 er2</phoneme></lexeme>
  <lexeme><grapheme>少将</grapheme><phoneme>shao4 jiang4</phoneme></lexeme>
  <lexeme><grapheme>少先队</grapheme><phoneme>shao4 xian1 dui4</phoneme></lexeme>
  <lexeme><grapheme>少林</grapheme><phoneme>shao4 lin2</phoneme></lexeme>
  <!-- 好 hǎo / hào -->
  <lexeme><grapheme>好奇</grapheme><phoneme>hao4 qi2</phoneme></lexeme>
  <lexeme><grapheme>爱好</grapheme><phoneme>ai4 hao4</phoneme></lexeme>
  <lexeme><grapheme>好学</grapheme><phoneme>hao4 xue2</phoneme></lexeme>
  <lexeme><grapheme>好客</grapheme><phoneme>hao4 ke4</phoneme></lexeme>
  <lexeme><grapheme>喜好</grapheme><phoneme>xi3 hao4</phoneme></lexeme>
  <lexeme><grapheme>嗜好</grapheme><phoneme>shi4 hao4</phoneme></lexeme>
  <lexeme><grapheme>癖好</grapheme><phoneme>pi3 hao4</phoneme></lexeme>
  <lexeme><grapheme>好胜</grapheme><phoneme>hao4 sheng4</phoneme></lexeme>
  <lexeme><grapheme>好高骛远</grapheme><phoneme>hao4 gao1 wu4 yuan3</phoneme></lexeme>
  <lexeme><grapheme>好恶</grapheme><phoneme>hao4 wu4</phoneme></lexeme>
  <lexeme><grapheme>好吃</grapheme><phoneme>hao3 chi1</phoneme></lexeme>
  <lexeme><grapheme>友好</grapheme><phoneme>you3 hao3</phoneme></lexeme>
  <lexeme><grapheme>好像</grapheme><phoneme>hao3 xiang4</phoneme></lexeme>
  <lexeme><grapheme>好友</grapheme><phoneme>hao3 you3</phoneme></lexeme>
  <!-- 便 biàn / pián -->
  <lexeme><grapheme>方便</grapheme><phoneme>fang1 bian4</phoneme></lexeme>
  <lexeme><grapheme>便利</grapheme><phoneme>bian4 li4</phoneme></lexeme>
  <lexeme><grapheme>随便</grapheme><phoneme>sui2 bian4</phoneme></lexeme>
  <lexeme><grapheme>即便</grapheme><phoneme>ji2 bian4</phoneme></lexeme>
  <lexeme><grapheme>便于</grapheme><phoneme>bian4 yu2</phoneme></lexeme>
  <lexeme><grapheme>顺便</grapheme><phoneme>shun4 bian4</phoneme></lexeme>
  <lexeme><grapheme>以便</grapheme><phoneme>yi3 bian4</phoneme></lexeme>
  <lexeme><grapheme>便条</grapheme><phoneme>bian4 tiao2</phoneme></lexeme>
  <lexeme><grapheme>便捷</grapheme><phoneme>bian4 jie2</phoneme></lexeme>
  <lexeme><grapheme>便民</grapheme><phoneme>bian4 min2</phoneme></lexeme>
  <lexeme><grapheme>便宜</grapheme><phoneme>pian2 yi5</phoneme></lexeme>
  <lexeme><grapheme>大腹便便</grapheme><phoneme>da4 fu4 pian2 pian2</phoneme></lexeme>
  <!-- 传 chuán / zhuàn -->
  <lexeme><grapheme>传统</grapheme><phoneme>chuan2 tong3</phoneme></lexeme>
  <lexeme><grapheme>传说</grapheme><phoneme>chuan2 shuo1</phoneme></lexeme>
  <lexeme><grapheme>传播</grapheme><phoneme>chuan2 bo1</phoneme></lexeme>
  <lexeme><grapheme>宣传</grapheme><phoneme>xuan1 chuan2</phoneme></lexeme>
  <lexeme><grapheme>传承</grapheme><phoneme>chuan2 cheng2</phoneme></lexeme>
  <lexeme><grapheme>遗传</grapheme><phoneme>yi2 chuan2</phoneme></lexeme>
  <lexeme><grapheme>传真</grapheme><phoneme>chuan2 zhen1</phoneme></lexeme>
  <lexeme><grapheme>传奇</grapheme><phoneme>chuan2 qi2</phoneme></lexeme>
  <lexeme><grapheme>文献传递</grapheme><phoneme>wen2 xian4 chuan2 di4</phoneme></lexeme>
  <lexeme><grapheme>自传</grapheme><phoneme>zi4 zhuan4</phoneme></lexeme>
  <lexeme><grapheme>传记</grapheme><phoneme>zhuan4 ji4</phoneme></lexeme>
  <lexeme><grapheme>列传</grapheme><phoneme>lie4 zhuan4</phoneme></lexeme>
  <lexeme><grapheme>评传</grapheme><phoneme>ping2 zhuan4</phoneme></lexeme>
  <lexeme><grapheme>经传</grapheme><phoneme>jing1 zhuan4</phoneme></lexeme>
  <lexeme><grapheme>水浒传</grapheme><phoneme>shui3 hu3 zhuan4</phoneme></lexeme>
  <lexeme><grapheme>左传</grapheme><phoneme>zuo3 zhuan4</phoneme></lexeme>
  <!-- 调 diào / tiáo -->
  <lexeme><grapheme>调查</grapheme><phoneme>diao4 cha2</phoneme></lexeme>
  <lexeme><grapheme>声调</grapheme><phoneme>sheng1 diao4</phoneme></lexeme>
  <lexeme><grapheme>语调</grapheme><phoneme>yu3 diao4</phoneme></lexeme>
  <lexeme><grapheme>调动</grapheme><phoneme>diao4 dong4</phoneme></lexeme>
  <lexeme><grapheme>调研</grapheme><phoneme>diao4 yan2</phoneme></lexeme>
  <lexeme><grapheme>单调</grapheme><phoneme>dan1 diao4</phoneme></lexeme>
  <lexeme><grapheme>强调</grapheme><phoneme>qiang2 diao4</phoneme></lexeme>
  <lexeme><grapheme>调子</grapheme><phoneme>diao4 zi5</phoneme></lexeme>
  <lexeme><grapheme>格调</grapheme><phoneme>ge2 diao4</phoneme></lexeme>
  <lexeme><grapheme>曲调</grapheme><phoneme>qu3 diao4</phoneme></lexeme>
  <lexeme><grapheme>调度</grapheme><phoneme>diao4 du4</phoneme></lexeme>
  <lexeme><grapheme>基调</grapheme><phoneme>ji1 diao4</phoneme></lexeme>
  <lexeme><grapheme>调整</grapheme><phoneme>tiao2 zheng3</phoneme></lexeme>
  <lexeme><grapheme>空调</grapheme><phoneme>kong1 tiao2</phoneme></lexeme>
  <lexeme><grapheme>调节</grapheme><phoneme>tiao2 jie2</phoneme></lexeme>
  <lexeme><grapheme>协调</grapheme><phoneme>xie2 tiao2</phoneme></lexeme>
  <lexeme><grapheme>调和</grapheme><phoneme>tiao2 he2</phoneme></lexeme>
  <lexeme><grapheme>调皮</grapheme><phoneme>tiao2 pi2</phoneme></lexeme>
  <lexeme><grapheme>调控</grapheme><phoneme>tiao2 kong4</phoneme></lexeme>
  <lexeme><grapheme>调解</grapheme><phoneme>tiao2 jie3</phoneme></lexeme>
  <lexeme><grapheme>调剂</grapheme><phoneme>tiao2 ji4</phoneme></lexeme>
  <!-- 都 dū / dōu -->
  <lexeme><grapheme>首都</grapheme><phoneme>shou3 du1</phoneme></lexeme>
  <lexeme><grapheme>都市</grapheme><phoneme>du1 shi4</phoneme></lexeme>
  <lexeme><grapheme>成都</grapheme><phoneme>cheng2 du1</phoneme></lexeme>
  <lexeme><grapheme>都城</grapheme><phoneme>du1 cheng2</phoneme></lexeme>
  <lexeme><grapheme>古都</grapheme><phoneme>gu3 du1</phoneme></lexeme>
  <lexeme><grapheme>京都</grapheme><phoneme>jing1 du1</phoneme></lexeme>
  <lexeme><grapheme>都是</grapheme><phoneme>dou1 shi4</phoneme></lexeme>
  <lexeme><grapheme>全都</grapheme><phoneme>quan2 dou1</phoneme></lexeme>
  <!-- 着 zháo / zhuó / zhe -->
  <lexeme><grapheme>着急</grapheme><phoneme>zhao2 ji2</phoneme></lexeme>
  <lexeme><grapheme>睡着</grapheme><phoneme>shui4 zhao2</phoneme></lexeme>
  <lexeme><grapheme>着火</grapheme><phoneme>zhao2 huo3</phoneme></lexeme>
  <lexeme><grapheme>着凉</grapheme><phoneme>zhao2 liang2</phoneme></lexeme>
  <lexeme><grapheme>着迷</grapheme><phoneme>zhao2 mi2</phoneme></lexeme>
  <lexeme><grapheme>着重</grapheme><phoneme>zhuo2 zhong4</phoneme></lexeme>
  <lexeme><grapheme>着手</grapheme><phoneme>zhuo2 shou3</phoneme></lexeme>
  <lexeme><grapheme>着想</grapheme><phoneme>zhuo2 xiang3</phoneme></lexeme>
  <lexeme><grapheme>着落</grapheme><phoneme>zhuo2 luo4</phoneme></lexeme>
  <lexeme><grapheme>着陆</grapheme><phoneme>zhuo2 lu4</phoneme></lexeme>
  <lexeme><grapheme>着眼</grapheme><phoneme>zhuo2 yan3</phoneme></lexeme>
  <lexeme><grapheme>着实</grapheme><phoneme>zhuo2 shi2</phoneme></lexeme>
  <lexeme><grapheme>着装</grapheme><phoneme>zhuo2 zhuang1</phoneme></lexeme>
  <lexeme><grapheme>着力</grapheme><phoneme>zhuo2 li4</phoneme></lexeme>
  <lexeme><grapheme>沉着</grapheme><phoneme>chen2 zhuo2</phoneme></lexeme>
  <lexeme><grapheme>执着</grapheme><phoneme>zhi2 zhuo2</phoneme></lexeme>
  <lexeme><grapheme>衣着</grapheme><phoneme>yi1 zhuo2</phoneme></lexeme>
  <lexeme><grapheme>接着</grapheme><phoneme>jie1 zhe5</phoneme></lexeme>
  <lexeme><grapheme>随着</grapheme><phoneme>sui2 zhe5</phoneme></lexeme>
  <lexeme><grapheme>意味着</grapheme><phoneme>yi4 wei4 zhe5</phoneme></lexeme>
  <!-- 了 liǎo / le -->
  <lexeme><grapheme>了解</grapheme><phoneme>liao3 jie3</phoneme></lexeme>
  <lexeme><grapheme>了不起</grapheme><phoneme>liao3 bu4 qi3</phoneme></lexeme>
  <lexeme><grapheme>了结</grapheme><phoneme>liao3 jie2</phoneme></lexeme>
  <lexeme><grapheme>了然</grapheme><phoneme>liao3 ran2</phoneme></lexeme>
  <lexeme><grapheme>明了</grapheme><phoneme>ming2 liao3</phoneme></lexeme>
  <lexeme><grapheme>一目了然</grapheme><phoneme>yi1 mu4 liao3 ran2</phoneme></lexeme>
  <lexeme><grapheme>了如指掌</grapheme><phoneme>liao3 ru2 zhi3 zhang3</phoneme></lexeme>
  <lexeme><grapheme>不了了之</grapheme><phoneme>bu4 liao3 liao3 zhi1</phoneme></lexeme>
  <lexeme><grapheme>受不了</grapheme><phoneme>shou4 bu4 liao3</phoneme></lexeme>
  <lexeme><grapheme>除了</grapheme><phoneme>chu2 le5</phoneme></lexeme>
  <lexeme><grapheme>罢了</grapheme><phoneme>ba4 le5</phoneme></lexeme>
  <lexeme><grapheme>算了</grapheme><phoneme>suan4 le5</phoneme></lexeme>
  <!-- 种 zhǒng / zhòng -->
  <lexeme><grapheme>种子</grapheme><phoneme>zhong3 zi5</phoneme></lexeme>
  <lexeme><grapheme>种类</grapheme><phoneme>zhong3 lei4</phoneme></lexeme>
  <lexeme><grapheme>品种</grapheme><phoneme>pin3 zhong3</phoneme></lexeme>
  <lexeme><grapheme>种族</grapheme><phoneme>zhong3 zu2</phoneme></lexeme>
  <lexeme><grapheme>各种</grapheme><phoneme>ge4 zhong3</phoneme></lexeme>
  <lexeme><grapheme>物种</grapheme><phoneme>wu4 zhong3</phoneme></lexeme>
  <lexeme><grapheme>种植</grapheme><phoneme>zhong4 zhi2</phoneme></lexeme>
  <lexeme><grapheme>种田</grapheme><phoneme>zhong4 tian2</phoneme></lexeme>
  <lexeme><grapheme>种地</grapheme><phoneme>zhong4 di4</phoneme></lexeme>
  <lexeme><grapheme>种树</grapheme><phoneme>zhong4 shu4</phoneme></lexeme>
  <lexeme><grapheme>耕种</grapheme><phoneme>geng1 zhong4</phoneme></lexeme>
  <lexeme><grapheme>接种</grapheme><phoneme>jie1 zhong4</phoneme></lexeme>
  <lexeme><grapheme>栽种</grapheme><phoneme>zai1 zhong4</phoneme></lexeme>
  <!-- 参 cān / shēn / cēn -->
  <lexeme><grapheme>参加</grapheme><phoneme>can1 jia1</phoneme></lexeme>
  <lexeme><grapheme>参考</grapheme><phoneme>can1 kao3</phoneme></lexeme>
  <lexeme><grapheme>参考咨询</grapheme><phoneme>can1 kao3 zi1 xun2</phoneme></lexeme>
  <lexeme><grapheme>参观</grapheme><phoneme>can1 guan1</phoneme></lexeme>
  <lexeme><grapheme>参与</grapheme><phoneme>can1 yu4</phoneme></lexeme>
  <lexeme><grapheme>参数</grapheme><phoneme>can1 shu4</phoneme></lexeme>
  <lexeme><grapheme>参照</grapheme><phoneme>can1 zhao4</phoneme></lexeme>
  <lexeme><grapheme>参阅</grapheme><phoneme>can1 yue4</phoneme></lexeme>
  <lexeme><grapheme>人参</grapheme><phoneme>ren2 shen1</phoneme></lexeme>
  <lexeme><grapheme>海参</grapheme><phoneme>hai3 shen1</phoneme></lexeme>
  <lexeme><grapheme>党参</grapheme><phoneme>dang3 shen1</phoneme></lexeme>
  <lexeme><grapheme>参差</grapheme><phoneme>cen1 ci1</phoneme></lexeme>
  <lexeme><grapheme>参差不齐</grapheme><phoneme>cen1 ci1 bu4 qi2</phoneme></lexeme>
  <!-- 要 yào / yāo -->
  <lexeme><grapheme>要求</grapheme><phoneme>yao1 qiu2</phoneme></lexeme>
  <lexeme><grapheme>要挟</grapheme><phoneme>yao1 xie2</phoneme></lexeme>
  <lexeme><grapheme>需要</grapheme><phoneme>xu1 yao4</phoneme></lexeme>
  <lexeme><grapheme>主要</grapheme><phoneme>zhu3 yao4</phoneme></lexeme>
  <lexeme><grapheme>要是</grapheme><phoneme>yao4 shi5</phoneme></lexeme>
  <lexeme><grapheme>要素</grapheme><phoneme>yao4 su4</phoneme></lexeme>
  <lexeme><grapheme>摘要</grapheme><phoneme>zhai1 yao4</phoneme></lexeme>
  <lexeme><grapheme>提要</grapheme><phoneme>ti2 yao4</phoneme></lexeme>
  <lexeme><grapheme>纲要</grapheme><phoneme>gang1 yao4</phoneme></lexeme>
  <!-- 朝 cháo / zhāo -->
  <lexeme><grapheme>朝代</grapheme><phoneme>chao2 dai4</phoneme></lexeme>
  <lexeme><grapheme>朝鲜</grapheme><phoneme>chao2 xian3</phoneme></lexeme>
  <lexeme><grapheme>王朝</grapheme><phoneme>wang2 chao2</phoneme></lexeme>
  <lexeme><grapheme>唐朝</grapheme><phoneme>tang2 chao2</phoneme></lexeme>
  <lexeme><grapheme>宋朝</grapheme><phoneme>song4 chao2</phoneme></lexeme>
  <lexeme><grapheme>元朝</grapheme><phoneme>yuan2 chao2</phoneme></lexeme>
  <lexeme><grapheme>明朝</grapheme><phoneme>ming2 chao2</phoneme></lexeme>
  <lexeme><grapheme>清朝</grapheme><phoneme>qing1 chao2</phoneme></lexeme>
  <lexeme><grapheme>南朝</grapheme><phoneme>nan2 chao2</phoneme></lexeme>
  <lexeme><grapheme>北朝</grapheme><phoneme>bei3 chao2</phoneme></lexeme>
  <lexeme><grapheme>六朝</grapheme><phoneme>liu4 chao2</phoneme></lexeme>
  <lexeme><grapheme>朝廷</grapheme><phoneme>chao2 ting2</phoneme></lexeme>
  <lexeme><grapheme>朝向</grapheme><phoneme>chao2 xiang4</phoneme></lexeme>
  <lexeme><grapheme>朝圣</grapheme><phoneme>chao2 sheng4</phoneme></lexeme>
  <lexeme><grapheme>朝气</grapheme><phoneme>zhao1 qi4</phoneme></lexeme>
  <lexeme><grapheme>朝气蓬勃</grapheme><phoneme>zhao1 qi4 peng2 bo2</phoneme></lexeme>
  <lexeme><grapheme>朝夕</grapheme><phoneme>zhao1 xi1</phoneme></lexeme>
  <lexeme><grapheme>今朝</grapheme><phoneme>jin1 zhao1</phoneme></lexeme>
  <lexeme><grapheme>朝三暮四</grapheme><phoneme>zhao1 san1 mu4 si4</phoneme></lexeme>
  <!-- 降 jiàng / xiáng -->
  <lexeme><grapheme>降低</grapheme><phoneme>jiang4 di1</phoneme></lexeme>
  <lexeme><grapheme>下降</grapheme><phoneme>xia4 jiang4</phoneme></lexeme>
  <lexeme><grapheme>降落</grapheme><phoneme>jiang4 luo4</phoneme></lexeme>
  <lexeme><grapheme>降温</grapheme><phoneme>jiang4 wen1</phoneme></lexeme>
  <lexeme><grapheme>降雨</grapheme><phoneme>jiang4 yu3</phoneme></lexeme>
  <lexeme><grapheme>升降</grapheme><phoneme>sheng1 jiang4</phoneme></lexeme>
  <lexeme><grapheme>投降</grapheme><phoneme>tou2 xiang2</phoneme></lexeme>
  <lexeme><grapheme>降服</grapheme><phoneme>xiang2 fu2</phoneme></lexeme>
  <lexeme><grapheme>降龙伏虎</grapheme><phoneme>xiang2 long2 fu2 hu3</phoneme></lexeme>
  <!-- 角 jiǎo / jué -->
  <lexeme><grapheme>角色</grapheme><phoneme>jue2 se4</phoneme></lexeme>
  <lexeme><grapheme>主角</grapheme><phoneme>zhu3 jue2</phoneme></lexeme>
  <lexeme><grapheme>配角</grapheme><phoneme>pei4 jue2</phoneme></lexeme>
  <lexeme><grapheme>丑角</grapheme><phoneme>chou3 jue2</phoneme></lexeme>
  <lexeme><grapheme>名角</grapheme><phoneme>ming2 jue2</phoneme></lexeme>
  <lexeme><grapheme>角逐</grapheme><phoneme>jue2 zhu2</phoneme></lexeme>
  <lexeme><grapheme>角斗</grapheme><phoneme>jue2 dou4</phoneme></lexeme>
  <lexeme><grapheme>角度</grapheme><phoneme>jiao3 du4</phoneme></lexeme>
  <lexeme><grapheme>三角</grapheme><phoneme>san1 jiao3</phoneme></lexeme>
  <lexeme><grapheme>角落</grapheme><phoneme>jiao3 luo4</phoneme></lexeme>
  <lexeme><grapheme>牛角</grapheme><phoneme>niu2 jiao3</phoneme></lexeme>
  <!-- 觉 jué / jiào -->
  <lexeme><grapheme>睡觉</grapheme><phoneme>shui4 jiao4</phoneme></lexeme>
  <lexeme><grapheme>午觉</grapheme><phoneme>wu3 jiao4</phoneme></lexeme>
  <lexeme><grapheme>感觉</grapheme><phoneme>gan3 jue2</phoneme></lexeme>
  <lexeme><grapheme>觉悟</grapheme><phoneme>jue2 wu4</phoneme></lexeme>
  <lexeme><grapheme>自觉</grapheme><phoneme>zi4 jue2</phoneme></lexeme>
  <lexeme><grapheme>视觉</grapheme><phoneme>shi4 jue2</phoneme></lexeme>
  <lexeme><grapheme>听觉</grapheme><phoneme>ting1 jue2</phoneme></lexeme>
  <lexeme><grapheme>触觉</grapheme><phoneme>chu4 jue2</phoneme></lexeme>
  <lexeme><grapheme>发觉</grapheme><phoneme>fa1 jue2</phoneme></lexeme>
  <lexeme><grapheme>知觉</grapheme><phoneme>zhi1 jue2</phoneme></lexeme>
  <lexeme><grapheme>觉醒</grapheme><phoneme>jue2 xing3</phoneme></lexeme>
  <!-- 看 kàn / kān -->
  <lexeme><grapheme>看守</grapheme><phoneme>kan1 shou3</phoneme></lexeme>
  <lexeme><grapheme>看护</grapheme><phoneme>kan1 hu4</phoneme></lexeme>
  <lexeme><grapheme>看家</grapheme><phoneme>kan1 jia1</phoneme></lexeme>
  <lexeme><grapheme>看门</grapheme><phoneme>kan1 men2</phoneme></lexeme>
  <lexeme><grapheme>看管</grapheme><phoneme>kan1 guan3</phoneme></lexeme>
  <lexeme><grapheme>看见</grapheme><phoneme>kan4 jian4</phoneme></lexeme>
  <lexeme><grapheme>看书</grapheme><phoneme>kan4 shu1</phoneme></lexeme>
  <lexeme><grapheme>看法</grapheme><phoneme>kan4 fa3</phoneme></lexeme>
  <lexeme><grapheme>好看</grapheme><phoneme>hao3 kan4</phoneme></lexeme>
  <!-- 空 kōng / kòng -->
  <lexeme><grapheme>空气</grapheme><phoneme>kong1 qi4</phoneme></lexeme>
  <lexeme><grapheme>空间</grapheme><phoneme>kong1 jian1</phoneme></lexeme>
  <lexeme><grapheme>天空</grapheme><phoneme>tian1 kong1</phoneme></lexeme>
  <lexeme><grapheme>太空</grapheme><phoneme>tai4 kong1</phoneme></lexeme>
  <lexeme><grapheme>空中</grapheme><phoneme>kong1 zhong1</phoneme></lexeme>
  <lexeme><grapheme>航空</grapheme><phoneme>hang2 kong1</phoneme></lexeme>
  <lexeme><grapheme>空白</grapheme><phoneme>kong4 bai2</phoneme></lexeme>
  <lexeme><grapheme>空白页</grapheme><phoneme>kong4 bai2 ye4</phoneme></lexeme>
  <lexeme><grapheme>空闲</grapheme><phoneme>kong4 xian2</phoneme></lexeme>
  <lexeme><grapheme>空缺</grapheme><phoneme>kong4 que1</phoneme></lexeme>
  <lexeme><grapheme>填空</grapheme><phoneme>tian2 kong4</phoneme></lexeme>
  <lexeme><grapheme>有空</grapheme><phoneme>you3 kong4</phoneme></lexeme>
  <lexeme><grapheme>空地</grapheme><phoneme>kong4 di4</phoneme></lexeme>
  <lexeme><grapheme>空格</grapheme><phoneme>kong4 ge2</phoneme></lexeme>
  <lexeme><grapheme>空隙</grapheme><phoneme>kong4 xi4</phoneme></lexeme>
  <lexeme><grapheme>抽空</grapheme><phoneme>chou1 kong4</phoneme></lexeme>
  <!-- 量 liàng / liáng / liang -->
  <lexeme><grapheme>质量</grapheme><phoneme>zhi4 liang4</phoneme></lexeme>
  <lexeme><grapheme>量词</grapheme><phoneme>liang4 ci2</phoneme></lexeme>
  <lexeme><grapheme>力量</grapheme><phoneme>li4 liang4</phoneme></lexeme>
  <lexeme><grapheme>大量</grapheme><phoneme>da4 liang4</phoneme></lexeme>
  <lexeme><grapheme>容量</grapheme><phoneme>rong2 liang4</phoneme></lexeme>
  <lexeme><grapheme>能量</grapheme><phoneme>neng2 liang4</phoneme></lexeme>
  <lexeme><grapheme>产量</grapheme><phoneme>chan3 liang4</phoneme></lexeme>
  <lexeme><grapheme>流量</grapheme><phoneme>liu2 liang4</phoneme></lexeme>
  <lexeme><grapheme>量化</grapheme><phoneme>liang4 hua4</phoneme></lexeme>
  <lexeme><grapheme>量体裁衣</grapheme><phoneme>liang4 ti3 cai2 yi1</phoneme></lexeme>
  <lexeme><grapheme>测量</grapheme><phoneme>ce4 liang2</phoneme></lexeme>
  <lexeme><grapheme>衡量</grapheme><phoneme>heng2 liang2</phoneme></lexeme>
  <lexeme><grapheme>考量</grapheme><phoneme>kao3 liang2</phoneme></lexeme>
  <lexeme><grapheme>丈量</grapheme><phoneme>zhang4 liang2</phoneme></lexeme>
  <lexeme><grapheme>商量</grapheme><phoneme>shang1 liang5</phoneme></lexeme>
  <lexeme><grapheme>打量</grapheme><phoneme>da3 liang5</phoneme></lexeme>
  <lexeme><grapheme>思量</grapheme><phoneme>si1 liang5</phoneme></lexeme>
  <!-- 率 lǜ / shuài -->
  <lexeme><grapheme>效率</grapheme><phoneme>xiao4 lv4</phoneme></lexeme>
  <lexeme><grapheme>比率</grapheme><phoneme>bi3 lv4</phoneme></lexeme>
  <lexeme><grapheme>频率</grapheme><phoneme>pin2 lv4</phoneme></lexeme>
  <lexeme><grapheme>概率</grapheme><phoneme>gai4 lv4</phoneme></lexeme>
  <lexeme><grapheme>利率</grapheme><phoneme>li4 lv4</phoneme></lexeme>
  <lexeme><grapheme>速率</grapheme><phoneme>su4 lv4</phoneme></lexeme>
  <lexeme><grapheme>汇率</grapheme><phoneme>hui4 lv4</phoneme></lexeme>
  <lexeme><grapheme>税率</grapheme><phoneme>shui4 lv4</phoneme></lexeme>
  <lexeme><grapheme>借阅率</grapheme><phoneme>jie4 yue4 lv4</phoneme></lexeme>
  <lexeme><grapheme>率领</grapheme><phoneme>shuai4 ling3</phoneme></lexeme>
  <lexeme><grapheme>率先</grapheme><phoneme>shuai4 xian1</phoneme></lexeme>
  <lexeme><grapheme>草率</grapheme><phoneme>cao3 shuai4</phoneme></lexeme>
  <lexeme><grapheme>坦率</grapheme><phoneme>tan3 shuai4</phoneme></lexeme>
  <lexeme><grapheme>直率</grapheme><phoneme>zhi2 shuai4</phoneme></lexeme>
  <lexeme><grapheme>轻率</grapheme><phoneme>qing1 shuai4</phoneme></lexeme>
  <lexeme><grapheme>表率</grapheme><phoneme>biao3 shuai4</phoneme></lexeme>
  <!-- 期 qī / jī -->
  <lexeme><grapheme>期刊</grapheme><phoneme>qi1 kan1</phoneme></lexeme>
  <lexeme><grapheme>星期</grapheme><phoneme>xing1 qi1</phoneme></lexeme>
  <lexeme><grapheme>期待</grapheme><phoneme>qi1 dai4</phoneme></lexeme>
  <lexeme><grapheme>期间</grapheme><phoneme>qi1 jian1</phoneme></lexeme>
  <lexeme><grapheme>学期</grapheme><phoneme>xue2 qi1</phoneme></lexeme>
  <lexeme><grapheme>期望</grapheme><phoneme>qi1 wang4</phoneme></lexeme>
  <lexeme><grapheme>期限</grapheme><phoneme>qi1 xian4</phoneme></lexeme>
  <lexeme><grapheme>期年</grapheme><phoneme>ji1 nian2</phoneme></lexeme>
  <!-- 强 qiáng / qiǎng / jiàng -->
  <lexeme><grapheme>强大</grapheme><phoneme>qiang2 da4</phoneme></lexeme>
  <lexeme><grapheme>坚强</grapheme><phoneme>jian1 qiang2</phoneme></lexeme>
  <lexeme><grapheme>加强</grapheme><phoneme>jia1 qiang2</phoneme></lexeme>
  <lexeme><grapheme>增强</grapheme><phoneme>zeng1 qiang2</phoneme></lexeme>
  <lexeme><grapheme>强度</grapheme><phoneme>qiang2 du4</phoneme></lexeme>
  <lexeme><grapheme>强制</grapheme><phoneme>qiang2 zhi4</phoneme></lexeme>
  <lexeme><grapheme>强盗</grapheme><phoneme>qiang2 dao4</phoneme></lexeme>
  <lexeme><grapheme>勉强</grapheme><phoneme>mian3 qiang3</phoneme></lexeme>
  <lexeme><grapheme>强迫</grapheme><phoneme>qiang3 po4</phoneme></lexeme>
  <lexeme><grapheme>强求</grapheme><phoneme>qiang3 qiu2</phoneme></lexeme>
  <lexeme><grapheme>牵强</grapheme><phoneme>qian1 qiang3</phoneme></lexeme>
  <lexeme><grapheme>强词夺理</grapheme><phoneme>qiang3 ci2 duo2 li3</phoneme></lexeme>
  <lexeme><grapheme>强人所难</grapheme><phoneme>qiang3 ren2 suo3 nan2</phoneme></lexeme>
  <lexeme><grapheme>倔强</grapheme><phoneme>jue2 jiang4</phoneme></lexeme>
  <lexeme><grapheme>强嘴</grapheme><phoneme>jiang4 zui3</phoneme></lexeme>
  <!-- 切 qiē / qiè -->
  <lexeme><grapheme>一切</grapheme><phoneme>yi1 qie4</phoneme></lexeme>
  <lexeme><grapheme>切实</grapheme><phoneme>qie4 shi2</phoneme></lexeme>
  <lexeme><grapheme>亲切</grapheme><phoneme>qin1 qie4</phoneme></lexeme>
  <lexeme><grapheme>密切</grapheme><phoneme>mi4 qie4</phoneme></lexeme>
  <lexeme><grapheme>迫切</grapheme><phoneme>po4 qie4</phoneme></lexeme>
  <lexeme><grapheme>确切</grapheme><phoneme>que4 qie4</phoneme></lexeme>
  <lexeme><grapheme>切记</grapheme><phoneme>qie4 ji4</phoneme></lexeme>
  <lexeme><grapheme>急切</grapheme><phoneme>ji2 qie4</phoneme></lexeme>
  <lexeme><grapheme>反切</grapheme><phoneme>fan3 qie4</phoneme></lexeme>
  <lexeme><grapheme>切割</grapheme><phoneme>qie1 ge1</phoneme></lexeme>
  <lexeme><grapheme>切菜</grapheme><phoneme>qie1 cai4</phoneme></lexeme>
  <lexeme><grapheme>切断</grapheme><phoneme>qie1 duan4</phoneme></lexeme>
  <lexeme><grapheme>切磋</grapheme><phoneme>qie1 cuo1</phoneme></lexeme>
  <lexeme><grapheme>切片</grapheme><phoneme>qie1 pian4</phoneme></lexeme>
  <!-- 曲 qǔ / qū -->
  <lexeme><grapheme>歌曲</grapheme><phoneme>ge1 qu3</phoneme></lexeme>
  <lexeme><grapheme>戏曲</grapheme><phoneme>xi4 qu3</phoneme></lexeme>
  <lexeme><grapheme>曲艺</grapheme><phoneme>qu3 yi4</phoneme></lexeme>
  <lexeme><grapheme>作曲</grapheme><phoneme>zuo4 qu3</phoneme></lexeme>
  <lexeme><grapheme>曲子</grapheme><phoneme>qu3 zi5</phoneme></lexeme>
  <lexeme><grapheme>元曲</grapheme><phoneme>yuan2 qu3</phoneme></lexeme>
  <lexeme><grapheme>曲谱</grapheme><phoneme>qu3 pu3</phoneme></lexeme>
  <lexeme><grapheme>曲目</grapheme><phoneme>qu3 mu4</phoneme></lexeme>
  <lexeme><grapheme>曲线</grapheme><phoneme>qu1 xian4</phoneme></lexeme>
  <lexeme><grapheme>弯曲</grapheme><phoneme>wan1 qu1</phoneme></lexeme>
  <lexeme><grapheme>曲折</grapheme><phoneme>qu1 zhe2</phoneme></lexeme>
  <lexeme><grapheme>曲解</grapheme><phoneme>qu1 jie3</phoneme></lexeme>
  <lexeme><grapheme>委曲</grapheme><phoneme>wei3 qu1</phoneme></lexeme>
  <lexeme><grapheme>歪曲</grapheme><phoneme>wai1 qu1</phoneme></lexeme>
  <lexeme><grapheme>曲阜</grapheme><phoneme>qu1 fu4</phoneme></lexeme>
  <!-- 省 shěng / xǐng -->
  <lexeme><grapheme>浙江省</grapheme><phoneme>zhe4 jiang1 sheng3</phoneme></lexeme>
  <lexeme><grapheme>全省</grapheme><phoneme>quan2 sheng3</phoneme></lexeme>
  <lexeme><grapheme>省份</grapheme><phoneme>sheng3 fen4</phoneme></lexeme>
  <lexeme><grapheme>省会</grapheme><phoneme>sheng3 hui4</phoneme></lexeme>
  <lexeme><grapheme>节省</grapheme><phoneme>jie2 sheng3</phoneme></lexeme>
  <lexeme><grapheme>省略</grapheme><phoneme>sheng3 lve4</phoneme></lexeme>
  <lexeme><grapheme>省事</grapheme><phoneme>sheng3 shi4</phoneme></lexeme>
  <lexeme><grapheme>反省</grapheme><phoneme>fan3 xing3</phoneme></lexeme>
  <lexeme><grapheme>自省</grapheme><phoneme>zi4 xing3</phoneme></lexeme>
  <lexeme><grapheme>内省</grapheme><phoneme>nei4 xing3</phoneme></lexeme>
  <lexeme><grapheme>省亲</grapheme><phoneme>xing3 qin1</phoneme></lexeme>
  <lexeme><grapheme>省察</grapheme><phoneme>xing3 cha2</phoneme></lexeme>
  <lexeme><grapheme>不省人事</grapheme><phoneme>bu4 xing3 ren2 shi4</phoneme></lexeme>
  <lexeme><grapheme>发人深省</grapheme><phoneme>fa1 ren2 shen1 xing3</phoneme></lexeme>
  <!-- 识 shí / shi -->
  <lexeme><grapheme>知识</grapheme><phoneme>zhi1 shi5</phoneme></lexeme>
  <lexeme><grapheme>认识</grapheme><phoneme>ren4 shi5</phoneme></lexeme>
  <lexeme><grapheme>见识</grapheme><phoneme>jian4 shi5</phoneme></lexeme>
  <lexeme><grapheme>意识</grapheme><phoneme>yi4 shi2</phoneme></lexeme>
  <lexeme><grapheme>识别</grapheme><phoneme>shi2 bie2</phoneme></lexeme>
  <lexeme><grapheme>常识</grapheme><phoneme>chang2 shi2</phoneme></lexeme>
  <lexeme><grapheme>识字</grapheme><phoneme>shi2 zi4</phoneme></lexeme>
  <lexeme><grapheme>学识</grapheme><phoneme>xue2 shi2</phoneme></lexeme>
  <lexeme><grapheme>共识</grapheme><phoneme>gong4 shi2</phoneme></lexeme>
  <!-- 说 shuō / shuì -->
  <lexeme><grapheme>说话</grapheme><phoneme>shuo1 hua4</phoneme></lexeme>
  <lexeme><grapheme>小说</grapheme><phoneme>xiao3 shuo1</phoneme></lexeme>
  <lexeme><grapheme>说明</grapheme><phoneme>shuo1 ming2</phoneme></lexeme>
  <lexeme><grapheme>学说</grapheme><phoneme>xue2 shuo1</phoneme></lexeme>
  <lexeme><grapheme>说服</grapheme><phoneme>shuo1 fu2</phoneme></lexeme>
  <lexeme><grapheme>游说</grapheme><phoneme>you2 shui4</phoneme></lexeme>
  <lexeme><grapheme>说客</grapheme><phoneme>shui4 ke4</phoneme></lexeme>
  <!-- 提 tí / dī -->
  <lexeme><grapheme>提高</grapheme><phoneme>ti2 gao1</phoneme></lexeme>
  <lexeme><grapheme>提供</grapheme><phoneme>ti2 gong1</phoneme></lexeme>
  <lexeme><grapheme>提出</grapheme><phoneme>ti2 chu1</phoneme></lexeme>
  <lexeme><grapheme>提问</grapheme><phoneme>ti2 wen4</phoneme></lexeme>
  <lexeme><grapheme>提醒</grapheme><phoneme>ti2 xing3</phoneme></lexeme>
  <lexeme><grapheme>提示</grapheme><phoneme>ti2 shi4</phoneme></lexeme>
  <lexeme><grapheme>提名</grapheme><phoneme>ti2 ming2</phoneme></lexeme>
  <lexeme><grapheme>提防</grapheme><phoneme>di1 fang5</phoneme></lexeme>
  <!-- 相 xiāng / xiàng -->
  <lexeme><grapheme>相信</grapheme><phoneme>xiang1 xin4</phoneme></lexeme>
  <lexeme><grapheme>相同</grapheme><phoneme>xiang1 tong2</phoneme></lexeme>
  <lexeme><grapheme>互相</grapheme><phoneme>hu4 xiang1</phoneme></lexeme>
  <lexeme><grapheme>相关</grapheme><phoneme>xiang1 guan1</phoneme></lexeme>
  <lexeme><grapheme>相当</grapheme><phoneme>xiang1 dang1</phoneme></lexeme>
  <lexeme><grapheme>相貌</grapheme><phoneme>xiang4 mao4</phoneme></lexeme>
  <lexeme><grapheme>照相</grapheme><phoneme>zhao4 xiang4</phoneme></lexeme>
  <lexeme><grapheme>首相</grapheme><phoneme>shou3 xiang4</phoneme></lexeme>
  <lexeme><grapheme>宰相</grapheme><phoneme>zai3 xiang4</phoneme></lexeme>
  <lexeme><grapheme>丞相</grapheme><phoneme>cheng2 xiang4</phoneme></lexeme>
  <lexeme><grapheme>真相</grapheme><phoneme>zhen1 xiang4</phoneme></lexeme>
  <lexeme><grapheme>相声</grapheme><phoneme>xiang4 sheng5</phoneme></lexeme>
  <lexeme><grapheme>相机</grapheme><phoneme>xiang4 ji1</phoneme></lexeme>
  <lexeme><grapheme>相册</grapheme><phoneme>xiang4 ce4</phoneme></lexeme>
  <lexeme><grapheme>相片</grapheme><phoneme>xiang4 pian4</phoneme></lexeme>
  <lexeme><grapheme>面相</grapheme><phoneme>mian4 xiang4</phoneme></lexeme>
  <!-- 兴 xīng / xìng -->
  <lexeme><grapheme>兴趣</grapheme><phoneme>xing4 qu4</phoneme></lexeme>
  <lexeme><grapheme>高兴</grapheme><phoneme>gao1 xing4</phoneme></lexeme>
  <lexeme><grapheme>兴致</grapheme><phoneme>xing4 zhi4</phoneme></lexeme>
  <lexeme><grapheme>即兴</grapheme><phoneme>ji2 xing4</phoneme></lexeme>
  <lexeme><grapheme>扫兴</grapheme><phoneme>sao3 xing4</phoneme></lexeme>
  <lexeme><grapheme>兴高采烈</grapheme><phoneme>xing4 gao1 cai3 lie4</phoneme></lexeme>
  <lexeme><grapheme>兴奋</grapheme><phoneme>xing1 fen4</phoneme></lexeme>
  <lexeme><grapheme>兴起</grapheme><phoneme>xing1 qi3</phoneme></lexeme>
  <lexeme><grapheme>复兴</grapheme><phoneme>fu4 xing1</phoneme></lexeme>
  <lexeme><grapheme>新兴</grapheme><phoneme>xin1 xing1</phoneme></lexeme>
  <lexeme><grapheme>兴旺</grapheme><phoneme>xing1 wang4</phoneme></lexeme>
  <lexeme><grapheme>兴建</grapheme><phoneme>xing1 jian4</phoneme></lexeme>
  <lexeme><grapheme>兴衰</grapheme><phoneme>xing1 shuai1</phoneme></lexeme>
  <lexeme><grapheme>振兴</grapheme><phoneme>zhen4 xing1</phoneme></lexeme>
  <lexeme><grapheme>兴办</grapheme><phoneme>xing1 ban4</phoneme></lexeme>
  <lexeme><grapheme>兴盛</grapheme><phoneme>xing1 sheng4</phoneme></lexeme>
  <lexeme><grapheme>兴隆</grapheme><phoneme>xing1 long2</phoneme></lexeme>
  <!-- 应 yīng / yìng -->
  <lexeme><grapheme>应该</grapheme><phoneme>ying1 gai1</phoneme></lexeme>
  <lexeme><grapheme>应当</grapheme><phoneme>ying1 dang1</phoneme></lexeme>
  <lexeme><grapheme>应届</grapheme><phoneme>ying1 jie4</phoneme></lexeme>
  <lexeme><grapheme>理应</grapheme><phoneme>li3 ying1</phoneme></lexeme>
  <lexeme><grapheme>应有</grapheme><phoneme>ying1 you3</phoneme></lexeme>
  <lexeme><grapheme>应用</grapheme><phoneme>ying4 yong4</phoneme></lexeme>
  <lexeme><grapheme>答应</grapheme><phoneme>da1 ying5</phoneme></lexeme>
  <lexeme><grapheme>反应</grapheme><phoneme>fan3 ying4</phoneme></lexeme>
  <lexeme><grapheme>适应</grapheme><phoneme>shi4 ying4</phoneme></lexeme>
  <lexeme><grapheme>应邀</grapheme><phoneme>ying4 yao1</phoneme></lexeme>
  <lexeme><grapheme>响应</grapheme><phoneme>xiang3 ying4</phoneme></lexeme>
  <lexeme><grapheme>供应</grapheme><phoneme>gong1 ying4</phoneme></lexeme>
  <lexeme><grapheme>应对</grapheme><phoneme>ying4 dui4</phoneme></lexeme>
  <lexeme><grapheme>相应</grapheme><phoneme>xiang1 ying4</phoneme></lexeme>
  <lexeme><grapheme>应聘</grapheme><phoneme>ying4 pin4</phoneme></lexeme>
  <lexeme><grapheme>效应</grapheme><phoneme>xiao4 ying4</phoneme></lexeme>
  <lexeme><grapheme>应付</grapheme><phoneme>ying4 fu5</phoneme></lexeme>
  <lexeme><grapheme>应急</grapheme><phoneme>ying4 ji2</phoneme></lexeme>
  <!-- 与 yǔ / yù -->
  <lexeme><grapheme>与其</grapheme><phoneme>yu3 qi2</phoneme></lexeme>
  <lexeme><grapheme>与否</grapheme><phoneme>yu3 fou3</phoneme></lexeme>
  <lexeme><grapheme>与众不同</grapheme><phoneme>yu3 zhong4 bu4 tong2</phoneme></lexeme>
  <lexeme><grapheme>与会</grapheme><phoneme>yu4 hui4</phoneme></lexeme>
  <!-- 载 zǎi / zài -->
  <lexeme><grapheme>记载</grapheme><phoneme>ji4 zai3</phoneme></lexeme>
  <lexeme><grapheme>转载</grapheme><phoneme>zhuan3 zai3</phoneme></lexeme>
  <lexeme><grapheme>刊载</grapheme><phoneme>kan1 zai3</phoneme></lexeme>
  <lexeme><grapheme>登载</grapheme><phoneme>deng1 zai3</phoneme></lexeme>
  <lexeme><grapheme>连载</grapheme><phoneme>lian2 zai3</phoneme></lexeme>
  <lexeme><grapheme>一年半载</grapheme><phoneme>yi1 nian2 ban4 zai3</phoneme></lexeme>
  <lexeme><grapheme>千载难逢</grapheme><phoneme>qian1 zai3 nan2 feng2</phoneme></lexeme>
  <lexeme><grapheme>下载</grapheme><phoneme>xia4 zai4</phoneme></lexeme>
  <lexeme><grapheme>上载</grapheme><phoneme>shang4 zai4</phoneme></lexeme>
  <lexeme><grapheme>载体</grapheme><phoneme>zai4 ti3</phoneme></lexeme>
  <lexeme><grapheme>满载</grapheme><phoneme>man3 zai4</phoneme></lexeme>
  <lexeme><grapheme>装载</grapheme><phoneme>zhuang1 zai4</phoneme></lexeme>
  <lexeme><grapheme>承载</grapheme><phoneme>cheng2 zai4</phoneme></lexeme>
  <lexeme><grapheme>载歌载舞</grapheme><phoneme>zai4 ge1 zai4 wu3</phoneme></lexeme>
  <!-- 只 zhǐ / zhī -->
  <lexeme><grapheme>只有</grapheme><phoneme>zhi3 you3</phoneme></lexeme>
  <lexeme><grapheme>只是</grapheme><phoneme>zhi3 shi4</phoneme></lexeme>
  <lexeme><grapheme>只好</grapheme><phoneme>zhi3 hao3</phoneme></lexeme>
  <lexeme><grapheme>只要</grapheme><phoneme>zhi3 yao4</phoneme></lexeme>
  <lexeme><grapheme>只能</grapheme><phoneme>zhi3 neng2</phoneme></lexeme>
  <lexeme><grapheme>一只</grapheme><phoneme>yi1 zhi1</phoneme></lexeme>
  <lexeme><grapheme>两只</grapheme><phoneme>liang3 zhi1</phoneme></lexeme>
  <lexeme><grapheme>船只</grapheme><phoneme>chuan2 zhi1</phoneme></lexeme>
  <lexeme><grapheme>形单影只</grapheme><phoneme>xing2 dan1 ying3 zhi1</phoneme></lexeme>
  <lexeme><grapheme>只言片语</grapheme><phoneme>zhi1 yan2 pian4 yu3</phoneme></lexeme>
  <!-- 中 zhōng / zhòng -->
  <lexeme><grapheme>中国</grapheme><phoneme>zhong1 guo2</phoneme></lexeme>
  <lexeme><grapheme>中文</grapheme><phoneme>zhong1 wen2</phoneme></lexeme>
  <lexeme><grapheme>中心</grapheme><phoneme>zhong1 xin1</phoneme></lexeme>
  <lexeme><grapheme>中华</grapheme><phoneme>zhong1 hua2</phoneme></lexeme>
  <lexeme><grapheme>中奖</grapheme><phoneme>zhong4 jiang3</phoneme></lexeme>
  <lexeme><grapheme>中毒</grapheme><phoneme>zhong4 du2</phoneme></lexeme>
  <lexeme><grapheme>中意</grapheme><phoneme>zhong4 yi4</phoneme></lexeme>
  <lexeme><grapheme>中暑</grapheme><phoneme>zhong4 shu3</phoneme></lexeme>
  <lexeme><grapheme>中肯</grapheme><phoneme>zhong4 ken3</phoneme></lexeme>
  <lexeme><grapheme>中选</grapheme><phoneme>zhong4 xuan3</phoneme></lexeme>
  <lexeme><grapheme>中标</grapheme><phoneme>zhong4 biao1</phoneme></lexeme>
  <lexeme><grapheme>命中</grapheme><phoneme>ming4 zhong4</phoneme></lexeme>
  <lexeme><grapheme>击中</grapheme><phoneme>ji1 zhong4</phoneme></lexeme>
  <lexeme><grapheme>看中</grapheme><phoneme>kan4 zhong4</phoneme></lexeme>
  <lexeme><grapheme>打中</grapheme><phoneme>da3 zhong4</phoneme></lexeme>
  <lexeme><grapheme>猜中</grapheme><phoneme>cai1 zhong4</phoneme></lexeme>
  <lexeme><grapheme>选中</grapheme><phoneme>xuan3 zhong4</phoneme></lexeme>
  <!-- 转 zhuǎn / zhuàn -->
  <lexeme><grapheme>转变</grapheme><phoneme>zhuan3 bian4</phoneme></lexeme>
  <lexeme><grapheme>转身</grapheme><phoneme>zhuan3 shen1</phoneme></lexeme>
  <lexeme><grapheme>转弯</grapheme><phoneme>zhuan3 wan1</phoneme></lexeme>
  <lexeme><grapheme>转告</grapheme><phoneme>zhuan3 gao4</phoneme></lexeme>
  <lexeme><grapheme>转换</grapheme><phoneme>zhuan3 huan4</phoneme></lexeme>
  <lexeme><grapheme>转眼</grapheme><phoneme>zhuan3 yan3</phoneme></lexeme>
  <lexeme><grapheme>转让</grapheme><phoneme>zhuan3 rang4</phoneme></lexeme>
  <lexeme><grapheme>转向</grapheme><phoneme>zhuan3 xiang4</phoneme></lexeme>
  <lexeme><grapheme>旋转</grapheme><phoneme>xuan2 zhuan3</phoneme></lexeme>
  <lexeme><grapheme>转动</grapheme><phoneme>zhuan4 dong4</phoneme></lexeme>
  <lexeme><grapheme>转圈</grapheme><phoneme>zhuan4 quan1</phoneme></lexeme>
  <lexeme><grapheme>转速</grapheme><phoneme>zhuan4 su4</phoneme></lexeme>
  <lexeme><grapheme>转盘</grapheme><phoneme>zhuan4 pan2</phoneme></lexeme>
  <lexeme><grapheme>公转</grapheme><phoneme>gong1 zhuan4</phoneme></lexeme>
  <lexeme><grapheme>自转</grapheme><phoneme>zi4 zhuan4</phoneme></lexeme>
  <lexeme><grapheme>转悠</grapheme><phoneme>zhuan4 you5</phoneme></lexeme>
  <lexeme><grapheme>团团转</grapheme><phoneme>tuan2 tuan2 zhuan4</phoneme></lexeme>
  <!-- 卷 juàn / juǎn -->
  <lexeme><grapheme>试卷</grapheme><phoneme>shi4 juan4</phoneme></lexeme>
  <lexeme><grapheme>答卷</grapheme><phoneme>da2 juan4</phoneme></lexeme>
  <lexeme><grapheme>书卷</grapheme><phoneme>shu1 juan4</phoneme></lexeme>
  <lexeme><grapheme>画卷</grapheme><phoneme>hua4 juan4</phoneme></lexeme>
  <lexeme><grapheme>上卷</grapheme><phoneme>shang4 juan4</phoneme></lexeme>
  <lexeme><grapheme>下卷</grapheme><phoneme>xia4 juan4</phoneme></lexeme>
  <lexeme><grapheme>卷首</grapheme><phoneme>juan4 shou3</phoneme></lexeme>
  <lexeme><grapheme>卷帙</grapheme><phoneme>juan4 zhi4</phoneme></lexeme>
  <lexeme><grapheme>卷宗</grapheme><phoneme>juan4 zong1</phoneme></lexeme>
  <lexeme><grapheme>开卷有益</grapheme><phoneme>kai1 juan4 you3 yi4</phoneme></lexeme>
  <lexeme><grapheme>手不释卷</grapheme><phoneme>shou3 bu4 shi4 juan4</phoneme></lexeme>
  <lexeme><grapheme>卷入</grapheme><phoneme>juan3 ru4</phoneme></lexeme>
  <lexeme><grapheme>卷尺</grapheme><phoneme>juan3 chi3</phoneme></lexeme>
  <lexeme><grapheme>卷烟</grapheme><phoneme>juan3 yan1</phoneme></lexeme>
  <lexeme><grapheme>席卷</grapheme><phoneme>xi2 juan3</phoneme></lexeme>
  <!-- 读 dú / dòu -->
  <lexeme><grapheme>读书</grapheme><phoneme>du2 shu1</phoneme></lexeme>
  <lexeme><grapheme>读书会</grapheme><phoneme>du2 shu1 hui4</phoneme></lexeme>
  <lexeme><grapheme>读者</grapheme><phoneme>du2 zhe3</phoneme></lexeme>
  <lexeme><grapheme>读者证</grapheme><phoneme>du2 zhe3 zheng4</phoneme></lexeme>
  <lexeme><grapheme>阅读</grapheme><phoneme>yue4 du2</phoneme></lexeme>
  <lexeme><grapheme>朗读</grapheme><phoneme>lang3 du2</phoneme></lexeme>
  <lexeme><grapheme>朗读者</grapheme><phoneme>lang3 du2 zhe3</phoneme></lexeme>
  <lexeme><grapheme>读物</grapheme><phoneme>du2 wu4</phoneme></lexeme>
  <lexeme><grapheme>有声读物</grapheme><phoneme>you3 sheng1 du2 wu4</phoneme></lexeme>
  <lexeme><grapheme>导读</grapheme><phoneme>dao3 du2</phoneme></lexeme>
  <lexeme><grapheme>解读</grapheme><phoneme>jie3 du2</phoneme></lexeme>
  <lexeme><grapheme>读本</grapheme><phoneme>du2 ben3</phoneme></lexeme>
  <lexeme><grapheme>读音</grapheme><phoneme>du2 yin1</phoneme></lexeme>
  <lexeme><grapheme>读屏软件</grapheme><phoneme>du2 ping2 ruan3 jian4</phoneme></lexeme>
  <lexeme><grapheme>句读</grapheme><phoneme>ju4 dou4</phoneme></lexeme>
  <!-- 差 chā / chà / chāi / cī -->
  <lexeme><grapheme>差别</grapheme><phoneme>cha1 bie2</phoneme></lexeme>
  <lexeme><grapheme>差距</grapheme><phoneme>cha1 ju4</phoneme></lexeme>
  <lexeme><grapheme>差错</grapheme><phoneme>cha1 cuo4</phoneme></lexeme>
  <lexeme><grapheme>差异</grapheme><phoneme>cha1 yi4</phoneme></lexeme>
  <lexeme><grapheme>相差</grapheme><phoneme>xiang1 cha1</phoneme></lexeme>
  <lexeme><grapheme>误差</grapheme><phoneme>wu4 cha1</phoneme></lexeme>
  <lexeme><grapheme>偏差</grapheme><phoneme>pian1 cha1</phoneme></lexeme>
  <lexeme><grapheme>差不多</grapheme><phoneme>cha4 bu4 duo1</phoneme></lexeme>
  <lexeme><grapheme>差点</grapheme><phoneme>cha4 dian3</phoneme></lexeme>
  <lexeme><grapheme>差劲</grapheme><phoneme>cha4 jin4</phoneme></lexeme>
  <lexeme><grapheme>出差</grapheme><phoneme>chu1 chai1</phoneme></lexeme>
  <lexeme><grapheme>差事</grapheme><phoneme>chai1 shi5</phoneme></lexeme>
  <!-- 供 gōng / gòng, 给 gěi / jǐ -->
  <lexeme><grapheme>供给</grapheme><phoneme>gong1 ji3</phoneme></lexeme>
  <lexeme><grapheme>口供</grapheme><phoneme>kou3 gong4</phoneme></lexeme>
  <lexeme><grapheme>供品</grapheme><phoneme>gong4 pin3</phoneme></lexeme>
  <lexeme><grapheme>供奉</grapheme><phoneme>gong4 feng4</phoneme></lexeme>
  <lexeme><grapheme>给予</grapheme><phoneme>ji3 yu3</phoneme></lexeme>
  <lexeme><grapheme>给与</grapheme><phoneme>ji3 yu3</phoneme></lexeme>
  <lexeme><grapheme>自给自足</grapheme><phoneme>zi4 ji3 zi4 zu2</phoneme></lexeme>
  <lexeme><grapheme>补给</grapheme><phoneme>bu3 ji3</phoneme></lexeme>
  <lexeme><grapheme>配给</grapheme><phoneme>pei4 ji3</phoneme></lexeme>
  <lexeme><grapheme>给以</grapheme><phoneme>gei3 yi3</phoneme></lexeme>
  <!-- 假 jiǎ / jià -->
  <lexeme><grapheme>假期</grapheme><phoneme>jia4 qi1</phoneme></lexeme>
  <lexeme><grapheme>放假</grapheme><phoneme>fang4 jia4</phoneme></lexeme>
  <lexeme><grapheme>请假</grapheme><phoneme>qing3 jia4</phoneme></lexeme>
  <lexeme><grapheme>暑假</grapheme><phoneme>shu3 jia4</phoneme></lexeme>
  <lexeme><grapheme>寒假</grapheme><phoneme>han2 jia4</phoneme></lexeme>
  <lexeme><grapheme>休假</grapheme><phoneme>xiu1 jia4</phoneme></lexeme>
  <lexeme><grapheme>假日</grapheme><phoneme>jia4 ri4</phoneme></lexeme>
  <lexeme><grapheme>假设</grapheme><phoneme>jia3 she4</phoneme></lexeme>
  <lexeme><grapheme>真假</grapheme><phoneme>zhen1 jia3</phoneme></lexeme>
  <lexeme><grapheme>假如</grapheme><phoneme>jia3 ru2</phoneme></lexeme>
  <!-- 教 jiāo / jiào -->
  <lexeme><grapheme>教育</grapheme><phoneme>jiao4 yu4</phoneme></lexeme>
  <lexeme><grapheme>教学</grapheme><phoneme>jiao4 xue2</phoneme></lexeme>
  <lexeme><grapheme>教师</grapheme><phoneme>jiao4 shi1</phoneme></lexeme>
  <lexeme><grapheme>教材</grapheme><phoneme>jiao4 cai2</phoneme></lexeme>
  <lexeme><grapheme>教授</grapheme><phoneme>jiao4 shou4</phoneme></lexeme>
  <lexeme><grapheme>请教</grapheme><phoneme>qing3 jiao4</phoneme></lexeme>
  <lexeme><grapheme>宗教</grapheme><phoneme>zong1 jiao4</phoneme></lexeme>
  <lexeme><grapheme>教书</grapheme><phoneme>jiao1 shu1</phoneme></lexeme>
  <!-- 结 jié / jiē -->
  <lexeme><grapheme>结果</grapheme><phoneme>jie2 guo3</phoneme></lexeme>
  <lexeme><grapheme>结构</grapheme><phoneme>jie2 gou4</phoneme></lexeme>
  <lexeme><grapheme>团结</grapheme><phoneme>tuan2 jie2</phoneme></lexeme>
  <lexeme><grapheme>总结</grapheme><phoneme>zong3 jie2</phoneme></lexeme>
  <lexeme><grapheme>结实</grapheme><phoneme>jie1 shi5</phoneme></lexeme>
  <lexeme><grapheme>结巴</grapheme><phoneme>jie1 ba5</phoneme></lexeme>
  <!-- 薄 báo / bó / bò -->
  <lexeme><grapheme>薄弱</grapheme><phoneme>bo2 ruo4</phoneme></lexeme>
  <lexeme><grapheme>单薄</grapheme><phoneme>dan1 bo2</phoneme></lexeme>
  <lexeme><grapheme>稀薄</grapheme><phoneme>xi1 bo2</phoneme></lexeme>
  <lexeme><grapheme>薄利</grapheme><phoneme>bo2 li4</phoneme></lexeme>
  <lexeme><grapheme>妄自菲薄</grapheme><phoneme>wang4 zi4 fei3 bo2</phoneme></lexeme>
  <lexeme><grapheme>薄饼</grapheme><phoneme>bao2 bing3</phoneme></lexeme>
  <lexeme><grapheme>薄荷</grapheme><phoneme>bo4 he5</phoneme></lexeme>
  <!-- 分 fēn / fèn -->
  <lexeme><grapheme>分析</grapheme><phoneme>fen1 xi1</phoneme></lexeme>
  <lexeme><grapheme>分别</grapheme><phoneme>fen1 bie2</phoneme></lexeme>
  <lexeme><grapheme>成分</grapheme><phoneme>cheng2 fen4</phoneme></lexeme>
  <lexeme><grapheme>部分</grapheme><phoneme>bu4 fen5</phoneme></lexeme>
  <lexeme><grapheme>过分</grapheme><phoneme>guo4 fen4</phoneme></lexeme>
  <lexeme><grapheme>分量</grapheme><phoneme>fen4 liang5</phoneme></lexeme>
  <lexeme><grapheme>本分</grapheme><phoneme>ben3 fen4</phoneme></lexeme>
  <lexeme><grapheme>充分</grapheme><phoneme>chong1 fen4</phoneme></lexeme>
  <lexeme><grapheme>水分</grapheme><phoneme>shui3 fen4</phoneme></lexeme>
  <lexeme><grapheme>分外</grapheme><phoneme>fen4 wai4</phoneme></lexeme>
  <lexeme><grapheme>安分</grapheme><phoneme>an1 fen4</phoneme></lexeme>
  <lexeme><grapheme>缘分</grapheme><phoneme>yuan2 fen4</phoneme></lexeme>
  <!-- 几 jī / jǐ, 奇 qí / jī -->
  <lexeme><grapheme>几乎</grapheme><phoneme>ji1 hu1</phoneme></lexeme>
  <lexeme><grapheme>茶几</grapheme><phoneme>cha2 ji1</phoneme></lexeme>
  <lexeme><grapheme>几何</grapheme><phoneme>ji3 he2</phoneme></lexeme>
  <lexeme><grapheme>奇数</grapheme><phoneme>ji1 shu4</phoneme></lexeme>
  <lexeme><grapheme>奇怪</grapheme><phoneme>qi2 guai4</phoneme></lexeme>
  <!-- 模 mó / mú -->
  <lexeme><grapheme>模样</grapheme><phoneme>mu2 yang4</phoneme></lexeme>
  <lexeme><grapheme>模板</grapheme><phoneme>mu2 ban3</phoneme></lexeme>
  <lexeme><grapheme>模具</grapheme><phoneme>mu2 ju4</phoneme></lexeme>
  <lexeme><grapheme>模范</grapheme><phoneme>mo2 fan4</phoneme></lexeme>
  <lexeme><grapheme>模型</grapheme><phoneme>mo2 xing2</phoneme></lexeme>
  <lexeme><grapheme>规模</grapheme><phoneme>gui1 mo2</phoneme></lexeme>
  <lexeme><grapheme>模式</grapheme><phoneme>mo2 shi4</phoneme></lexeme>
  <lexeme><grapheme>模仿</grapheme><phoneme>mo2 fang3</phoneme></lexeme>
  <lexeme><grapheme>模糊</grapheme><phoneme>mo2 hu5</phoneme></lexeme>
  <!-- 没 méi / mò -->
  <lexeme><grapheme>没有</grapheme><phoneme>mei2 you3</phoneme></lexeme>
  <lexeme><grapheme>淹没</grapheme><phoneme>yan1 mo4</phoneme></lexeme>
  <lexeme><grapheme>出没</grapheme><phoneme>chu1 mo4</phoneme></lexeme>
  <lexeme><grapheme>埋没</grapheme><phoneme>mai2 mo4</phoneme></lexeme>
  <lexeme><grapheme>沉没</grapheme><phoneme>chen2 mo4</phoneme></lexeme>
  <lexeme><grapheme>没收</grapheme><phoneme>mo4 shou1</phoneme></lexeme>
  <!-- 露 lù / lòu -->
  <lexeme><grapheme>露出</grapheme><phoneme>lou4 chu1</phoneme></lexeme>
  <lexeme><grapheme>露面</grapheme><phoneme>lou4 mian4</phoneme></lexeme>
  <lexeme><grapheme>暴露</grapheme><phoneme>bao4 lu4</phoneme></lexeme>
  <lexeme><grapheme>揭露</grapheme><phoneme>jie1 lu4</phoneme></lexeme>
  <lexeme><grapheme>露水</grapheme><phoneme>lu4 shui3</phoneme></lexeme>
  <lexeme><grapheme>透露</grapheme><phoneme>tou4 lu4</phoneme></lexeme>
  <lexeme><grapheme>露天</grapheme><phoneme>lu4 tian1</phoneme></lexeme>
  <lexeme><grapheme>流露</grapheme><phoneme>liu2 lu4</phoneme></lexeme>
  <!-- 血 xuè / xiě -->
  <lexeme><grapheme>血液</grapheme><phoneme>xue4 ye4</phoneme></lexeme>
  <lexeme><grapheme>流血</grapheme><phoneme>liu2 xue4</phoneme></lexeme>
  <lexeme><grapheme>血压</grapheme><phoneme>xue4 ya1</phoneme></lexeme>
  <lexeme><grapheme>血淋淋</grapheme><phoneme>xie3 lin2 lin2</phoneme></lexeme>
  <!-- 塞 sài / sè / sāi -->
  <lexeme><grapheme>塞外</grapheme><phoneme>sai4 wai4</phoneme></lexeme>
  <lexeme><grapheme>边塞</grapheme><phoneme>bian1 sai4</phoneme></lexeme>
  <lexeme><grapheme>要塞</grapheme><phoneme>yao4 sai4</phoneme></lexeme>
  <lexeme><grapheme>闭塞</grapheme><phoneme>bi4 se4</phoneme></lexeme>
  <lexeme><grapheme>阻塞</grapheme><phoneme>zu3 se4</phoneme></lexeme>
  <lexeme><grapheme>堵塞</grapheme><phoneme>du3 se4</phoneme></lexeme>
  <lexeme><grapheme>塞车</grapheme><phoneme>sai1 che1</phoneme></lexeme>
  <!-- 似 sì / shì -->
  <lexeme><grapheme>似的</grapheme><phoneme>shi4 de5</phoneme></lexeme>
  <lexeme><grapheme>似乎</grapheme><phoneme>si4 hu1</phoneme></lexeme>
  <lexeme><grapheme>相似</grapheme><phoneme>xiang1 si4</phoneme></lexeme>
  <lexeme><grapheme>类似</grapheme><phoneme>lei4 si4</phoneme></lexeme>
  <!-- 称 chēng / chèn -->
  <lexeme><grapheme>称职</grapheme><phoneme>chen4 zhi2</phoneme></lexeme>
  <lexeme><grapheme>对称</grapheme><phoneme>dui4 chen4</phoneme></lexeme>
  <lexeme><grapheme>相称</grapheme><phoneme>xiang1 chen4</phoneme></lexeme>
  <lexeme><grapheme>称呼</grapheme><phoneme>cheng1 hu5</phoneme></lexeme>
  <lexeme><grapheme>称赞</grapheme><phoneme>cheng1 zan4</phoneme></lexeme>
  <lexeme><grapheme>名称</grapheme><phoneme>ming2 cheng1</phoneme></lexeme>
  <!-- 当 dāng / dàng -->
  <lexeme><grapheme>当时</grapheme><phoneme>dang1 shi2</phoneme></lexeme>
  <lexeme><grapheme>当然</grapheme><phoneme>dang1 ran2</phoneme></lexeme>
  <lexeme><grapheme>当天</grapheme><phoneme>dang4 tian1</phoneme></lexeme>
  <lexeme><grapheme>上当</grapheme><phoneme>shang4 dang4</phoneme></lexeme>
  <lexeme><grapheme>适当</grapheme><phoneme>shi4 dang4</phoneme></lexeme>
  <lexeme><grapheme>恰当</grapheme><phoneme>qia4 dang4</phoneme></lexeme>
  <lexeme><grapheme>妥当</grapheme><phoneme>tuo3 dang5</phoneme></lexeme>
  <lexeme><grapheme>稳当</grapheme><phoneme>wen3 dang5</phoneme></lexeme>
  <lexeme><grapheme>当作</grapheme><phoneme>dang4 zuo4</phoneme></lexeme>
  <lexeme><grapheme>当成</grapheme><phoneme>dang4 cheng2</phoneme></lexeme>
  <lexeme><grapheme>当铺</grapheme><phoneme>dang4 pu4</phoneme></lexeme>
  <lexeme><grapheme>典当</grapheme><phoneme>dian3 dang4</phoneme></lexeme>
  <!-- 累 lěi / lèi / léi -->
  <lexeme><grapheme>积累</grapheme><phoneme>ji1 lei3</phoneme></lexeme>
  <lexeme><grapheme>累计</grapheme><phoneme>lei3 ji4</phoneme></lexeme>
  <lexeme><grapheme>累积</grapheme><phoneme>lei3 ji1</phoneme></lexeme>
  <lexeme><grapheme>连累</grapheme><phoneme>lian2 lei3</phoneme></lexeme>
  <lexeme><grapheme>日积月累</grapheme><phoneme>ri4 ji1 yue4 lei3</phoneme></lexeme>
  <lexeme><grapheme>劳累</grapheme><phoneme>lao2 lei4</phoneme></lexeme>
  <lexeme><grapheme>累赘</grapheme><phoneme>lei2 zhui5</phoneme></lexeme>
  <!-- 更 gēng / gèng -->
  <lexeme><grapheme>更新</grapheme><phoneme>geng1 xin1</phoneme></lexeme>
  <lexeme><grapheme>更改</grapheme><phoneme>geng1 gai3</phoneme></lexeme>
  <lexeme><grapheme>更正</grapheme><phoneme>geng1 zheng4</phoneme></lexeme>
  <lexeme><grapheme>变更</grapheme><phoneme>bian4 geng1</phoneme></lexeme>
  <lexeme><grapheme>三更</grapheme><phoneme>san1 geng1</phoneme></lexeme>
  <lexeme><grapheme>更加</grapheme><phoneme>geng4 jia1</phoneme></lexeme>
  <!-- 间 jiān / jiàn -->
  <lexeme><grapheme>时间</grapheme><phoneme>shi2 jian1</phoneme></lexeme>
  <lexeme><grapheme>中间</grapheme><phoneme>zhong1 jian1</phoneme></lexeme>
  <lexeme><grapheme>房间</grapheme><phoneme>fang2 jian1</phoneme></lexeme>
  <lexeme><grapheme>间隔</grapheme><phoneme>jian4 ge2</phoneme></lexeme>
  <lexeme><grapheme>间接</grapheme><phoneme>jian4 jie1</phoneme></lexeme>
  <lexeme><grapheme>间断</grapheme><phoneme>jian4 duan4</phoneme></lexeme>
  <lexeme><grapheme>间谍</grapheme><phoneme>jian4 die2</phoneme></lexeme>
  <lexeme><grapheme>离间</grapheme><phoneme>li2 jian4</phoneme></lexeme>
  <!-- 担 dān / dàn -->
  <lexeme><grapheme>担任</grapheme><phoneme>dan1 ren4</phoneme></lexeme>
  <lexeme><grapheme>担心</grapheme><phoneme>dan1 xin1</phoneme></lexeme>
  <lexeme><grapheme>负担</grapheme><phoneme>fu4 dan1</phoneme></lexeme>
  <lexeme><grapheme>承担</grapheme><phoneme>cheng2 dan1</phoneme></lexeme>
  <lexeme><grapheme>担子</grapheme><phoneme>dan4 zi5</phoneme></lexeme>
  <!-- 恶 è / wù / ě -->
  <lexeme><grapheme>恶劣</grapheme><phoneme>e4 lie4</phoneme></lexeme>
  <lexeme><grapheme>善恶</grapheme><phoneme>shan4 e4</phoneme></lexeme>
  <lexeme><grapheme>可恶</grapheme><phoneme>ke3 wu4</phoneme></lexeme>
  <lexeme><grapheme>厌恶</grapheme><phoneme>yan4 wu4</phoneme></lexeme>
  <lexeme><grapheme>憎恶</grapheme><phoneme>zeng1 wu4</phoneme></lexeme>
  <lexeme><grapheme>恶心</grapheme><phoneme>e3 xin5</phoneme></lexeme>
  <!-- 尽 jǐn / jìn -->
  <lexeme><grapheme>尽管</grapheme><phoneme>jin3 guan3</phoneme></lexeme>
  <lexeme><grapheme>尽量</grapheme><phoneme>jin3 liang4</phoneme></lexeme>
  <lexeme><grapheme>尽快</grapheme><phoneme>jin3 kuai4</phoneme></lexeme>
  <lexeme><grapheme>尽早</grapheme><phoneme>jin3 zao3</phoneme></lexeme>
  <lexeme><grapheme>尽力</grapheme><phoneme>jin4 li4</phoneme></lexeme>
  <lexeme><grapheme>尽头</grapheme><phoneme>jin4 tou2</phoneme></lexeme>
  <lexeme><grapheme>尽情</grapheme><phoneme>jin4 qing2</phoneme></lexeme>
  <lexeme><grapheme>详尽</grapheme><phoneme>xiang2 jin4</phoneme></lexeme>
  <!-- 弹 tán / dàn -->
  <lexeme><grapheme>弹琴</grapheme><phoneme>tan2 qin2</phoneme></lexeme>
  <lexeme><grapheme>弹性</grapheme><phoneme>tan2 xing4</phoneme></lexeme>
  <lexeme><grapheme>弹簧</grapheme><phoneme>tan2 huang2</phoneme></lexeme>
  <lexeme><grapheme>子弹</grapheme><phoneme>zi3 dan4</phoneme></lexeme>
  <lexeme><grapheme>炸弹</grapheme><phoneme>zha4 dan4</phoneme></lexeme>
  <lexeme><grapheme>导弹</grapheme><phoneme>dao3 dan4</phoneme></lexeme>
  <!-- 散 sàn / sǎn, 落 luò / là / lào -->
  <lexeme><grapheme>散步</grapheme><phoneme>san4 bu4</phoneme></lexeme>
  <lexeme><grapheme>解散</grapheme><phoneme>jie3 san4</phoneme></lexeme>
  <lexeme><grapheme>分散</grapheme><phoneme>fen1 san4</phoneme></lexeme>
  <lexeme><grapheme>散文</grapheme><phoneme>san3 wen2</phoneme></lexeme>
  <lexeme><grapheme>松散</grapheme><phoneme>song1 san3</phoneme></lexeme>
  <lexeme><grapheme>部落</grapheme><phoneme>bu4 luo4</phoneme></lexeme>
  <lexeme><grapheme>段落</grapheme><phoneme>duan4 luo4</phoneme></lexeme>
  <lexeme><grapheme>落后</grapheme><phoneme>luo4 hou4</phoneme></lexeme>
  <lexeme><grapheme>丢三落四</grapheme><phoneme>diu1 san1 la4 si4</phoneme></lexeme>
  <lexeme><grapheme>落枕</grapheme><phoneme>lao4 zhen3</phoneme></lexeme>
  <!-- 屏 píng / bǐng -->
  <lexeme><grapheme>屏幕</grapheme><phoneme>ping2 mu4</phoneme></lexeme>
  <lexeme><grapheme>屏蔽</grapheme><phoneme>ping2 bi4</phoneme></lexeme>
  <lexeme><grapheme>屏息</grapheme><phoneme>bing3 xi1</phoneme></lexeme>
  <lexeme><grapheme>屏住</grapheme><phoneme>bing3 zhu4</phoneme></lexeme>
  <!-- 其他多音字 -->
  <lexeme><grapheme>东西南北</grapheme><phoneme>dong1 xi1 nan2 bei3</phoneme></lexeme>
  <lexeme><grapheme>东西</grapheme><phoneme>dong1 xi5</phoneme></lexeme>
  <lexeme><grapheme>会计</grapheme><phoneme>kuai4 ji4</phoneme></lexeme>
  <lexeme><grapheme>关系</grapheme><phoneme>guan1 xi4</phoneme></lexeme>
  <lexeme><grapheme>系鞋带</grapheme><phoneme>ji4 xie2 dai4</phoneme></lexeme>
  <lexeme><grapheme>新鲜</grapheme><phoneme>xin1 xian1</phoneme></lexeme>
  <lexeme><grapheme>鲜为人知</grapheme><phoneme>xian3 wei2 ren2 zhi1</phoneme></lexeme>
  <lexeme><grapheme>占领</grapheme><phoneme>zhan4 ling3</phoneme></lexeme>
  <lexeme><grapheme>占卜</grapheme><phoneme>zhan1 bu3</phoneme></lexeme>
  <lexeme><grapheme>哄堂大笑</grapheme><phoneme>hong1 tang2 da4 xiao4</phoneme></lexeme>
  <lexeme><grapheme>起哄</grapheme><phoneme>qi3 hong4</phoneme></lexeme>
  <lexeme><grapheme>哄骗</grapheme><phoneme>hong3 pian4</phoneme></lexeme>
  <lexeme><grapheme>折腾</grapheme><phoneme>zhe1 teng5</phoneme></lexeme>
  <lexeme><grapheme>折本</grapheme><phoneme>she2 ben3</phoneme></lexeme>
  <lexeme><grapheme>打折</grapheme><phoneme>da3 zhe2</phoneme></lexeme>
  <lexeme><grapheme>否极泰来</grapheme><phoneme>pi3 ji2 tai4 lai2</phoneme></lexeme>
  <lexeme><grapheme>宿舍</grapheme><phoneme>su4 she4</phoneme></lexeme>
  <lexeme><grapheme>星宿</grapheme><phoneme>xing1 xiu4</phoneme></lexeme>
  <lexeme><grapheme>住宿</grapheme><phoneme>zhu4 su4</phoneme></lexeme>
  <lexeme><grapheme>挣扎</grapheme><phoneme>zheng1 zha2</phoneme></lexeme>
  <lexeme><grapheme>挣钱</grapheme><phoneme>zheng4 qian2</phoneme></lexeme>
  <lexeme><grapheme>扎实</grapheme><phoneme>zha1 shi5</phoneme></lexeme>
  <lexeme><grapheme>包扎</grapheme><phoneme>bao1 za1</phoneme></lexeme>
  <lexeme><grapheme>仔细</grapheme><phoneme>zi3 xi4</phoneme></lexeme>
  <lexeme><grapheme>盛饭</grapheme><phoneme>cheng2 fan4</phoneme></lexeme>
  <lexeme><grapheme>盛大</grapheme><phoneme>sheng4 da4</phoneme></lexeme>
  <lexeme><grapheme>湖泊</grapheme><phoneme>hu2 po1</phoneme></lexeme>
  <lexeme><grapheme>停泊</grapheme><phoneme>ting2 bo2</phoneme></lexeme>
  <lexeme><grapheme>淡泊</grapheme><phoneme>dan4 bo2</phoneme></lexeme>
  <lexeme><grapheme>剥削</grapheme><phoneme>bo1 xue1</phoneme></lexeme>
  <lexeme><grapheme>削弱</grapheme><phoneme>xue1 ruo4</phoneme></lexeme>
  <lexeme><grapheme>猪圈</grapheme><phoneme>zhu1 juan4</phoneme></lexeme>
  <lexeme><grapheme>呕吐</grapheme><phoneme>ou3 tu4</phoneme></lexeme>
  <lexeme><grapheme>谈吐</grapheme><phoneme>tan2 tu3</phoneme></lexeme>
  <lexeme><grapheme>背包</grapheme><phoneme>bei1 bao1</phoneme></lexeme>
  <lexeme><grapheme>背景</grapheme><phoneme>bei4 jing3</phoneme></lexeme>
  <lexeme><grapheme>冲突</grapheme><phoneme>chong1 tu1</phoneme></lexeme>
  <lexeme><grapheme>冲劲</grapheme><phoneme>chong4 jin4</phoneme></lexeme>
  <!-- 常用轻声词 -->
  <lexeme><grapheme>先生</grapheme><phoneme>xian1 sheng5</phoneme></lexeme>
  <lexeme><grapheme>学生</grapheme><phoneme>xue2 sheng5</phoneme></lexeme>
  <lexeme><grapheme>衣服</grapheme><phoneme>yi1 fu5</phoneme></lexeme>
  <lexeme><grapheme>事情</grapheme><phoneme>shi4 qing5</phoneme></lexeme>
  <lexeme><grapheme>朋友</grapheme><phoneme>peng2 you5</phoneme></lexeme>
  <lexeme><grapheme>明白</grapheme><phoneme>ming2 bai5</phoneme></lexeme>
  <lexeme><grapheme>意思</grapheme><phoneme>yi4 si5</phoneme></lexeme>
  <lexeme><grapheme>时候</grapheme><phoneme>shi2 hou5</phoneme></lexeme>
  <lexeme><grapheme>消息</grapheme><phoneme>xiao1 xi5</phoneme></lexeme>
  <lexeme><grapheme>休息</grapheme><phoneme>xiu1 xi5</phoneme></lexeme>
  <lexeme><grapheme>告诉</grapheme><phoneme>gao4 su5</phoneme></lexeme>
  <lexeme><grapheme>清楚</grapheme><phoneme>qing1 chu5</phoneme></lexeme>
  <lexeme><grapheme>知道</grapheme><phoneme>zhi1 dao5</phoneme></lexeme>
  <lexeme><grapheme>喜欢</grapheme><phoneme>xi3 huan5</phoneme></lexeme>
  <lexeme><grapheme>漂亮</grapheme><phoneme>piao4 liang5</phoneme></lexeme>
  <lexeme><grapheme>麻烦</grapheme><phoneme>ma2 fan5</phoneme></lexeme>
  <lexeme><grapheme>客气</grapheme><phoneme>ke4 qi5</phoneme></lexeme>
  <lexeme><grapheme>舒服</grapheme><phoneme>shu1 fu5</phoneme></lexeme>
  <lexeme><grapheme>眼睛</grapheme><phoneme>yan3 jing5</phoneme></lexeme>
  <lexeme><grapheme>耳朵</grapheme><phoneme>er3 duo5</phoneme></lexeme>
  <lexeme><grapheme>窗户</grapheme><phoneme>chuang1 hu5</phoneme></lexeme>
  <lexeme><grapheme>豆腐</grapheme><phoneme>dou4 fu5</phoneme></lexeme>
  <lexeme><grapheme>姑娘</grapheme><phoneme>gu1 niang5</phoneme></lexeme>
  <!-- 图书馆与无障碍阅读 -->
  <lexeme><grapheme>图书馆</grapheme><phoneme>tu2 shu1 guan3</phoneme></lexeme>
  <lexeme><grapheme>省图书馆</grapheme><phoneme>sheng3 tu2 shu1 guan3</phoneme></lexeme>
  <lexeme><grapheme>借阅</grapheme><phoneme>jie4 yue4</phoneme></lexeme>
  <lexeme><grapheme>借书</grapheme><phoneme>jie4 shu1</phoneme></lexeme>
  <lexeme><grapheme>借书证</grapheme><phoneme>jie4 shu1 zheng4</phoneme></lexeme>
  <lexeme><grapheme>续借</grapheme><phoneme>xu4 jie4</phoneme></lexeme>
  <lexeme><grapheme>预约</grapheme><phoneme>yu4 yue1</phoneme></lexeme>
  <lexeme><grapheme>文献</grapheme><phoneme>wen2 xian4</phoneme></lexeme>
  <lexeme><grapheme>馆际互借</grapheme><phoneme>guan3 ji4 hu4 jie4</phoneme></lexeme>
  <lexeme><grapheme>盲文</grapheme><phoneme>mang2 wen2</phoneme></lexeme>
  <lexeme><grapheme>盲文图书</grapheme><phoneme>mang2 wen2 tu2 shu1</phoneme></lexeme>
  <lexeme><grapheme>盲文出版社</grapheme><phoneme>mang2 wen2 chu1 ban3 she4</phoneme></lexeme>
  <lexeme><grapheme>盲人</grapheme><phoneme>mang2 ren2</phoneme></lexeme>
  <lexeme><grapheme>点字</grapheme><phoneme>dian3 zi4</phoneme></lexeme>
  <lexeme><grapheme>大字本</grapheme><phoneme>da4 zi4 ben3</phoneme></lexeme>
  <lexeme><grapheme>视障</grapheme><phoneme>shi4 zhang4</phoneme></lexeme>
  <lexeme><grapheme>视力障碍</grapheme><phoneme>shi4 li4 zhang4 ai4</phoneme></lexeme>
  <lexeme><grapheme>无障碍</grapheme><phoneme>wu2 zhang4 ai4</phoneme></lexeme>
  <lexeme><grapheme>听书</grapheme><phoneme>ting1 shu1</phoneme></lexeme>
  <lexeme><grapheme>电子书</grapheme><phoneme>dian4 zi3 shu1</phoneme></lexeme>
  <lexeme><grapheme>志愿者</grapheme><phoneme>zhi4 yuan4 zhe3</phoneme></lexeme>
  <lexeme><grapheme>索书号</grapheme><phoneme>suo3 shu1 hao4</phoneme></lexeme>
  <lexeme><grapheme>目录</grapheme><phoneme>mu4 lu4</phoneme></lexeme>
  <lexeme><grapheme>编目</grapheme><phoneme>bian1 mu4</phoneme></lexeme>
  <lexeme><grapheme>古籍</grapheme><phoneme>gu3 ji2</phoneme></lexeme>
  <lexeme><grapheme>善本</grapheme><phoneme>shan4 ben3</phoneme></lexeme>
  <lexeme><grapheme>孤本</grapheme><phoneme>gu1 ben3</phoneme></lexeme>
  <lexeme><grapheme>线装书</grapheme><phoneme>xian4 zhuang1 shu1</phoneme></lexeme>
  <lexeme><grapheme>丛书</grapheme><phoneme>cong2 shu1</phoneme></lexeme>
  <lexeme><grapheme>著作</grapheme><phoneme>zhu4 zuo4</phoneme></lexeme>
  <lexeme><grapheme>著者</grapheme><phoneme>zhu4 zhe3</phoneme></lexeme>
  <lexeme><grapheme>出版</grapheme><phoneme>chu1 ban3</phoneme></lexeme>
  <lexeme><grapheme>出版社</grapheme><phoneme>chu1 ban3 she4</phoneme></lexeme>
  <lexeme><grapheme>阅览室</grapheme><phoneme>yue4 lan3 shi4</phoneme></lexeme>
  <lexeme><grapheme>报刊</grapheme><phoneme>bao4 kan1</phoneme></lexeme>
  <!-- Corrections found with tests/gold/pinyin.tsv: the dictionary data
       reads these with a Taiwan or literary reading, or the wrong one. -->
  <lexeme><grapheme>划船</grapheme><phoneme>hua2 chuan2</phoneme></lexeme>
  <lexeme><grapheme>字帖</grapheme><phoneme>zi4 tie4</phoneme></lexeme>
  <lexeme><grapheme>骨头</grapheme><phoneme>gu3 tou5</phoneme></lexeme>
  <lexeme><grapheme>打算</grapheme><phoneme>da3 suan5</phoneme></lexeme>
  <lexeme><grapheme>去年</grapheme><phoneme>qu4 nian2</phoneme></lexeme>
  <lexeme><grapheme>尼泊尔</grapheme><phoneme>ni2 bo2 er3</phoneme></lexeme>
  <lexeme><grapheme>精神</grapheme><phoneme>jing1 shen2</phoneme></lexeme>
  <lexeme><grapheme>著录</grapheme><phoneme>zhu4 lu4</phoneme></lexeme>
  <lexeme><grapheme>通借通还</grapheme><phoneme>tong1 jie4 tong1 huan2</phoneme></lexeme>
  <lexeme><grapheme>还家</grapheme><phoneme>huan2 jia1</phoneme></lexeme>
  <!-- 以……为……: 为 is wei2 in the set phrases of work plans -->
  <lexeme><grapheme>为中心</grapheme><phoneme>wei2 zhong1 xin1</phoneme></lexeme>
  <lexeme><grapheme>为重点</grapheme><phoneme>wei2 zhong4 dian3</phoneme></lexeme>
  <lexeme><grapheme>为突破口</grapheme><phoneme>wei2 tu1 po4 kou3</phoneme></lexeme>
  <lexeme><grapheme>为抓手</grapheme><phoneme>wei2 zhua1 shou3</phoneme></lexeme>
  <lexeme><grapheme>为载体</grapheme><phoneme>wei2 zai4 ti3</phoneme></lexeme>
  <!-- 桃花源记 and other classical texts -->
  <lexeme><grapheme>夹岸</grapheme><phoneme>jia1 an4</phoneme></lexeme>
  <lexeme><grapheme>屋舍</grapheme><phoneme>wu1 she4</phoneme></lexeme>
  <lexeme><grapheme>便要还家</grapheme><phoneme>bian4 yao1 huan2 jia1</phoneme></lexeme>
</lexicon>
