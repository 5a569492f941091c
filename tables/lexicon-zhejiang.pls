<?xml version="1.0" encoding="UTF-8"?>
<!--
  lexicon-zhejiang.pls: Zhejiang place names and local terms.

  Cities, districts, counties and towns of Zhejiang province, its rivers,
  mountains and sights, and local cultural terms, with the readings used
  locally and in the standard gazetteers: 台州 tai1 zhou1, 天台 tian1 tai1,
  丽水 li2 shui3, 乐清 yue4 qing1, 会稽 kuai4 ji1, 嵊州 sheng4 zhou1,
  衢州 qu2 zhou1.  Loaded after lexicon-base.pls, so it wins on conflicts.

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
  <!-- 省、市 -->
  <lexeme><grapheme>浙江</grapheme><phoneme>zhe4 jiang1</phoneme></lexeme>
  <lexeme><grapheme>浙江省</grapheme><phoneme>zhe4 jiang1 sheng3</phoneme></lexeme>
  <lexeme><grapheme>杭州</grapheme><phoneme>hang2 zhou1</phoneme></lexeme>
  <lexeme><grapheme>宁波</grapheme><phoneme>ning2 bo1</phoneme></lexeme>
  <lexeme><grapheme>温州</grapheme><phoneme>wen1 zhou1</phoneme></lexeme>
  <lexeme><grapheme>嘉兴</grapheme><phoneme>jia1 xing1</phoneme></lexeme>
  <lexeme><grapheme>湖州</grapheme><phoneme>hu2 zhou1</phoneme></lexeme>
  <lexeme><grapheme>绍兴</grapheme><phoneme>shao4 xing1</phoneme></lexeme>
  <lexeme><grapheme>金华</grapheme><phoneme>jin1 hua2</phoneme></lexeme>
  <lexeme><grapheme>衢州</grapheme><phoneme>qu2 zhou1</phoneme></lexeme>
  <lexeme><grapheme>舟山</grapheme><phoneme>zhou1 shan1</phoneme></lexeme>
  <lexeme><grapheme>台州</grapheme><phoneme>tai1 zhou1</phoneme></lexeme>
  <lexeme><grapheme>丽水</grapheme><phoneme>li2 shui3</phoneme></lexeme>
  <!-- 杭州 -->
  <lexeme><grapheme>上城</grapheme><phoneme>shang4 cheng2</phoneme></lexeme>
  <lexeme><grapheme>拱墅</grapheme><phoneme>gong3 shu4</phoneme></lexeme>
  <lexeme><grapheme>西湖区</grapheme><phoneme>xi1 hu2 qu1</phoneme></lexeme>
  <lexeme><grapheme>滨江</grapheme><phoneme>bin1 jiang1</phoneme></lexeme>
  <lexeme><grapheme>萧山</grapheme><phoneme>xiao1 shan1</phoneme></lexeme>
  <lexeme><grapheme>余杭</grapheme><phoneme>yu2 hang2</phoneme></lexeme>
  <lexeme><grapheme>富阳</grapheme><phoneme>fu4 yang2</phoneme></lexeme>
  <lexeme><grapheme>临安</grapheme><phoneme>lin2 an1</phoneme></lexeme>
  <lexeme><grapheme>於潜</grapheme><phoneme>yu2 qian2</phoneme></lexeme>
  <lexeme><grapheme>桐庐</grapheme><phoneme>tong2 lu2</phoneme></lexeme>
  <lexeme><grapheme>淳安</grapheme><phoneme>chun2 an1</phoneme></lexeme>
  <lexeme><grapheme>建德</grapheme><phoneme>jian4 de2</phoneme></lexeme>
  <!-- 宁波 -->
  <lexeme><grapheme>海曙</grapheme><phoneme>hai3 shu3</phoneme></lexeme>
  <lexeme><grapheme>江北</grapheme><phoneme>jiang1 bei3</phoneme></lexeme>
  <lexeme><grapheme>北仑</grapheme><phoneme>bei3 lun2</phoneme></lexeme>
  <lexeme><grapheme>镇海</grapheme><phoneme>zhen4 hai3</phoneme></lexeme>
  <lexeme><grapheme>鄞州</grapheme><phoneme>yin2 zhou1</phoneme></lexeme>
  <lexeme><grapheme>奉化</grapheme><phoneme>feng4 hua4</phoneme></lexeme>
  <lexeme><grapheme>余姚</grapheme><phoneme>yu2 yao2</phoneme></lexeme>
  <lexeme><grapheme>慈溪</grapheme><phoneme>ci2 xi1</phoneme></lexeme>
  <lexeme><grapheme>象山</grapheme><phoneme>xiang4 shan1</phoneme></lexeme>
  <lexeme><grapheme>宁海</grapheme><phoneme>ning2 hai3</phoneme></lexeme>
  <lexeme><grapheme>句章</grapheme><phoneme>gou1 zhang1</phoneme></lexeme>
  <!-- 温州 -->
  <lexeme><grapheme>鹿城</grapheme><phoneme>lu4 cheng2</phoneme></lexeme>
  <lexeme><grapheme>龙湾</grapheme><phoneme>long2 wan1</phoneme></lexeme>
  <lexeme><grapheme>瓯海</grapheme><phoneme>ou1 hai3</phoneme></lexeme>
  <lexeme><grapheme>洞头</grapheme><phoneme>dong4 tou2</phoneme></lexeme>
  <lexeme><grapheme>瑞安</grapheme><phoneme>rui4 an1</phoneme></lexeme>
  <lexeme><grapheme>乐清</grapheme><phoneme>yue4 qing1</phoneme></lexeme>
  <lexeme><grapheme>永嘉</grapheme><phoneme>yong3 jia1</phoneme></lexeme>
  <lexeme><grapheme>平阳</grapheme><phoneme>ping2 yang2</phoneme></lexeme>
  <lexeme><grapheme>苍南</grapheme><phoneme>cang1 nan2</phoneme></lexeme>
  <lexeme><grapheme>文成</grapheme><phoneme>wen2 cheng2</phoneme></lexeme>
  <lexeme><grapheme>泰顺</grapheme><phoneme>tai4 shun4</phoneme></lexeme>
  <!-- 嘉兴 -->
  <lexeme><grapheme>南湖</grapheme><phoneme>nan2 hu2</phoneme></lexeme>
  <lexeme><grapheme>秀洲</grapheme><phoneme>xiu4 zhou1</phoneme></lexeme>
  <lexeme><grapheme>海宁</grapheme><phoneme>hai3 ning2</phoneme></lexeme>
  <lexeme><grapheme>硖石</grapheme><phoneme>xia2 shi2</phoneme></lexeme>
  <lexeme><grapheme>桐乡</grapheme><phoneme>tong2 xiang1</phoneme></lexeme>
  <lexeme><grapheme>濮院</grapheme><phoneme>pu2 yuan4</phoneme></lexeme>
  <lexeme><grapheme>海盐</grapheme><phoneme>hai3 yan2</phoneme></lexeme>
  <lexeme><grapheme>澉浦</grapheme><phoneme>gan3 pu3</phoneme></lexeme>
  <lexeme><grapheme>嘉善</grapheme><phoneme>jia1 shan4</phoneme></lexeme>
  <lexeme><grapheme>平湖</grapheme><phoneme>ping2 hu2</phoneme></lexeme>
  <lexeme><grapheme>乍浦</grapheme><phoneme>zha4 pu3</phoneme></lexeme>
  <!-- 湖州 -->
  <lexeme><grapheme>吴兴</grapheme><phoneme>wu2 xing1</phoneme></lexeme>
  <lexeme><grapheme>南浔</grapheme><phoneme>nan2 xun2</phoneme></lexeme>
  <lexeme><grapheme>长兴</grapheme><phoneme>chang2 xing1</phoneme></lexeme>
  <lexeme><grapheme>安吉</grapheme><phoneme>an1 ji2</phoneme></lexeme>
  <lexeme><grapheme>德清</grapheme><phoneme>de2 qing1</phoneme></lexeme>
  <!-- 绍兴 -->
  <lexeme><grapheme>越城</grapheme><phoneme>yue4 cheng2</phoneme></lexeme>
  <lexeme><grapheme>柯桥</grapheme><phoneme>ke1 qiao2</phoneme></lexeme>
  <lexeme><grapheme>上虞</grapheme><phoneme>shang4 yu2</phoneme></lexeme>
  <lexeme><grapheme>诸暨</grapheme><phoneme>zhu1 ji4</phoneme></lexeme>
  <lexeme><grapheme>嵊州</grapheme><phoneme>sheng4 zhou1</phoneme></lexeme>
  <lexeme><grapheme>剡溪</grapheme><phoneme>shan4 xi1</phoneme></lexeme>
  <lexeme><grapheme>新昌</grapheme><phoneme>xin1 chang1</phoneme></lexeme>
  <lexeme><grapheme>会稽</grapheme><phoneme>kuai4 ji1</phoneme></lexeme>
  <lexeme><grapheme>会稽山</grapheme><phoneme>kuai4 ji1 shan1</phoneme></lexeme>
  <!-- 金华 -->
  <lexeme><grapheme>婺城</grapheme><phoneme>wu4 cheng2</phoneme></lexeme>
  <lexeme><grapheme>婺州</grapheme><phoneme>wu4 zhou1</phoneme></lexeme>
  <lexeme><grapheme>金东</grapheme><phoneme>jin1 dong1</phoneme></lexeme>
  <lexeme><grapheme>义乌</grapheme><phoneme>yi4 wu1</phoneme></lexeme>
  <lexeme><grapheme>东阳</grapheme><phoneme>dong1 yang2</phoneme></lexeme>
  <lexeme><grapheme>永康</grapheme><phoneme>yong3 kang1</phoneme></lexeme>
  <lexeme><grapheme>兰溪</grapheme><phoneme>lan2 xi1</phoneme></lexeme>
  <lexeme><grapheme>武义</grapheme><phoneme>wu3 yi4</phoneme></lexeme>
  <lexeme><grapheme>浦江</grapheme><phoneme>pu3 jiang1</phoneme></lexeme>
  <lexeme><grapheme>磐安</grapheme><phoneme>pan2 an1</phoneme></lexeme>
  <!-- 衢州 -->
  <lexeme><grapheme>柯城</grapheme><phoneme>ke1 cheng2</phoneme></lexeme>
  <lexeme><grapheme>衢江</grapheme><phoneme>qu2 jiang1</phoneme></lexeme>
  <lexeme><grapheme>江山</grapheme><phoneme>jiang1 shan1</phoneme></lexeme>
  <lexeme><grapheme>常山</grapheme><phoneme>chang2 shan1</phoneme></lexeme>
  <lexeme><grapheme>开化</grapheme><phoneme>kai1 hua4</phoneme></lexeme>
  <lexeme><grapheme>龙游</grapheme><phoneme>long2 you2</phoneme></lexeme>
  <!-- 舟山 -->
  <lexeme><grapheme>定海</grapheme><phoneme>ding4 hai3</phoneme></lexeme>
  <lexeme><grapheme>普陀</grapheme><phoneme>pu3 tuo2</phoneme></lexeme>
  <lexeme><grapheme>岱山</grapheme><phoneme>dai4 shan1</phoneme></lexeme>
  <lexeme><grapheme>嵊泗</grapheme><phoneme>sheng4 si4</phoneme></lexeme>
  <lexeme><grapheme>沈家门</grapheme><phoneme>shen3 jia1 men2</phoneme></lexeme>
  <lexeme><grapheme>朱家尖</grapheme><phoneme>zhu1 jia1 jian1</phoneme></lexeme>
  <lexeme><grapheme>桃花岛</grapheme><phoneme>tao2 hua1 dao3</phoneme></lexeme>
  <lexeme><grapheme>东极岛</grapheme><phoneme>dong1 ji2 dao3</phoneme></lexeme>
  <!-- 台州 -->
  <lexeme><grapheme>椒江</grapheme><phoneme>jiao1 jiang1</phoneme></lexeme>
  <lexeme><grapheme>黄岩</grapheme><phoneme>huang2 yan2</phoneme></lexeme>
  <lexeme><grapheme>路桥</grapheme><phoneme>lu4 qiao2</phoneme></lexeme>
  <lexeme><grapheme>临海</grapheme><phoneme>lin2 hai3</phoneme></lexeme>
  <lexeme><grapheme>温岭</grapheme><phoneme>wen1 ling3</phoneme></lexeme>
  <lexeme><grapheme>玉环</grapheme><phoneme>yu4 huan2</phoneme></lexeme>
  <lexeme><grapheme>天台</grapheme><phoneme>tian1 tai1</phoneme></lexeme>
  <lexeme><grapheme>仙居</grapheme><phoneme>xian1 ju1</phoneme></lexeme>
  <lexeme><grapheme>三门</grapheme><phoneme>san1 men2</phoneme></lexeme>
  <lexeme><grapheme>三门湾</grapheme><phoneme>san1 men2 wan1</phoneme></lexeme>
  <lexeme><grapheme>大陈岛</grapheme><phoneme>da4 chen2 dao3</phoneme></lexeme>
  <!-- 丽水 -->
  <lexeme><grapheme>莲都</grapheme><phoneme>lian2 du1</phoneme></lexeme>
  <lexeme><grapheme>龙泉</grapheme><phoneme>long2 quan2</phoneme></lexeme>
  <lexeme><grapheme>青田</grapheme><phoneme>qing1 tian2</phoneme></lexeme>
  <lexeme><grapheme>缙云</grapheme><phoneme>jin4 yun2</phoneme></lexeme>
  <lexeme><grapheme>遂昌</grapheme><phoneme>sui4 chang1</phoneme></lexeme>
  <lexeme><grapheme>松阳</grapheme><phoneme>song1 yang2</phoneme></lexeme>
  <lexeme><grapheme>云和</grapheme><phoneme>yun2 he2</phoneme></lexeme>
  <lexeme><grapheme>庆元</grapheme><phoneme>qing4 yuan2</phoneme></lexeme>
  <lexeme><grapheme>景宁</grapheme><phoneme>jing3 ning2</phoneme></lexeme>
  <lexeme><grapheme>畲族</grapheme><phoneme>she1 zu2</phoneme></lexeme>
  <lexeme><grapheme>景宁畲族自治县</grapheme><phoneme>jing3 ning2 she1 zu2 zi4 zhi4 xian4</phoneme></lexeme>
  <!-- 山水名胜 -->
  <lexeme><grapheme>西湖</grapheme><phoneme>xi1 hu2</phoneme></lexeme>
  <lexeme><grapheme>孤山</grapheme><phoneme>gu1 shan1</phoneme></lexeme>
  <lexeme><grapheme>断桥</grapheme><phoneme>duan4 qiao2</phoneme></lexeme>
  <lexeme><grapheme>苏堤</grapheme><phoneme>su1 di1</phoneme></lexeme>
  <lexeme><grapheme>白堤</grapheme><phoneme>bai2 di1</phoneme></lexeme>
  <lexeme><grapheme>雷峰塔</grapheme><phoneme>lei2 feng1 ta3</phoneme></lexeme>
  <lexeme><grapheme>六和塔</grapheme><phoneme>liu4 he2 ta3</phoneme></lexeme>
  <lexeme><grapheme>灵隐寺</grapheme><phoneme>ling2 yin3 si4</phoneme></lexeme>
  <lexeme><grapheme>岳王庙</grapheme><phoneme>yue4 wang2 miao4</phoneme></lexeme>
  <lexeme><grapheme>西溪</grapheme><phoneme>xi1 xi1</phoneme></lexeme>
  <lexeme><grapheme>钱塘</grapheme><phoneme>qian2 tang2</phoneme></lexeme>
  <lexeme><grapheme>钱塘江</grapheme><phoneme>qian2 tang2 jiang1</phoneme></lexeme>
  <lexeme><grapheme>富春江</grapheme><phoneme>fu4 chun1 jiang1</phoneme></lexeme>
  <lexeme><grapheme>新安江</grapheme><phoneme>xin1 an1 jiang1</phoneme></lexeme>
  <lexeme><grapheme>千岛湖</grapheme><phoneme>qian1 dao3 hu2</phoneme></lexeme>
  <lexeme><grapheme>瓯江</grapheme><phoneme>ou1 jiang1</phoneme></lexeme>
  <lexeme><grapheme>甬江</grapheme><phoneme>yong3 jiang1</phoneme></lexeme>
  <lexeme><grapheme>曹娥江</grapheme><phoneme>cao2 e2 jiang1</phoneme></lexeme>
  <lexeme><grapheme>楠溪江</grapheme><phoneme>nan2 xi1 jiang1</phoneme></lexeme>
  <lexeme><grapheme>鉴湖</grapheme><phoneme>jian4 hu2</phoneme></lexeme>
  <lexeme><grapheme>兰亭</grapheme><phoneme>lan2 ting2</phoneme></lexeme>
  <lexeme><grapheme>沈园</grapheme><phoneme>shen3 yuan2</phoneme></lexeme>
  <lexeme><grapheme>鲁迅故里</grapheme><phoneme>lu3 xun4 gu4 li3</phoneme></lexeme>
  <lexeme><grapheme>天一阁</grapheme><phoneme>tian1 yi1 ge2</phoneme></lexeme>
  <lexeme><grapheme>文澜</grapheme><phoneme>wen2 lan2</phoneme></lexeme>
  <lexeme><grapheme>文澜阁</grapheme><phoneme>wen2 lan2 ge2</phoneme></lexeme>
  <lexeme><grapheme>雁荡山</grapheme><phoneme>yan4 dang4 shan1</phoneme></lexeme>
  <lexeme><grapheme>天台山</grapheme><phoneme>tian1 tai1 shan1</phoneme></lexeme>
  <lexeme><grapheme>国清寺</grapheme><phoneme>guo2 qing1 si4</phoneme></lexeme>
  <lexeme><grapheme>天台宗</grapheme><phoneme>tian1 tai1 zong1</phoneme></lexeme>
  <lexeme><grapheme>天姥山</grapheme><phoneme>tian1 mu3 shan1</phoneme></lexeme>
  <lexeme><grapheme>普陀山</grapheme><phoneme>pu3 tuo2 shan1</phoneme></lexeme>
  <lexeme><grapheme>莫干山</grapheme><phoneme>mo4 gan1 shan1</phoneme></lexeme>
  <lexeme><grapheme>天目山</grapheme><phoneme>tian1 mu4 shan1</phoneme></lexeme>
  <lexeme><grapheme>四明山</grapheme><phoneme>si4 ming2 shan1</phoneme></lexeme>
  <lexeme><grapheme>括苍山</grapheme><phoneme>kuo4 cang1 shan1</phoneme></lexeme>
  <lexeme><grapheme>乌镇</grapheme><phoneme>wu1 zhen4</phoneme></lexeme>
  <lexeme><grapheme>西塘</grapheme><phoneme>xi1 tang2</phoneme></lexeme>
  <lexeme><grapheme>河姆渡</grapheme><phoneme>he2 mu3 du4</phoneme></lexeme>
  <lexeme><grapheme>良渚</grapheme><phoneme>liang2 zhu3</phoneme></lexeme>
  <!-- 机构与地方文化 -->
  <lexeme><grapheme>浙江大学</grapheme><phoneme>zhe4 jiang1 da4 xue2</phoneme></lexeme>
  <lexeme><grapheme>浙大</grapheme><phoneme>zhe4 da4</phoneme></lexeme>
  <lexeme><grapheme>之江</grapheme><phoneme>zhi1 jiang1</phoneme></lexeme>
  <lexeme><grapheme>吴越</grapheme><phoneme>wu2 yue4</phoneme></lexeme>
  <lexeme><grapheme>瓯越</grapheme><phoneme>ou1 yue4</phoneme></lexeme>
  <lexeme><grapheme>越剧</grapheme><phoneme>yue4 ju4</phoneme></lexeme>
  <lexeme><grapheme>婺剧</grapheme><phoneme>wu4 ju4</phoneme></lexeme>
  <lexeme><grapheme>瓯剧</grapheme><phoneme>ou1 ju4</phoneme></lexeme>
  <lexeme><grapheme>绍剧</grapheme><phoneme>shao4 ju4</phoneme></lexeme>
  <lexeme><grapheme>龙井</grapheme><phoneme>long2 jing3</phoneme></lexeme>
  <lexeme><grapheme>西湖龙井</grapheme><phoneme>xi1 hu2 long2 jing3</phoneme></lexeme>
  <lexeme><grapheme>黄酒</grapheme><phoneme>huang2 jiu3</phoneme></lexeme>
  <lexeme><grapheme>东坡肉</grapheme><phoneme>dong1 po1 rou4</phoneme></lexeme>
  <lexeme><grapheme>宋韵</grapheme><phoneme>song4 yun4</phoneme></lexeme>
</lexicon>
