<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="forest" tilewidth="16" tileheight="16" tilecount="152" columns="16">
 <image source="forest.png" width="256" height="160"/>
 <tile id="0">
  <properties>
   <property name="step" value="grass"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="step" value="grass"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="step" value="grass"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="step" value="grass"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="35">
  <animation>
   <frame tileid="35" duration="450"/>
   <frame tileid="50" duration="450"/>
   <frame tileid="65" duration="450"/>
  </animation>
 </tile>
 <tile id="36">
  <animation>
   <frame tileid="36" duration="450"/>
   <frame tileid="51" duration="450"/>
   <frame tileid="66" duration="450"/>
  </animation>
 </tile>
 <tile id="37">
  <animation>
   <frame tileid="37" duration="450"/>
   <frame tileid="52" duration="450"/>
   <frame tileid="67" duration="450"/>
  </animation>
 </tile>
 <tile id="38">
  <animation>
   <frame tileid="38" duration="450"/>
   <frame tileid="53" duration="450"/>
   <frame tileid="68" duration="450"/>
  </animation>
 </tile>
 <tile id="39">
  <animation>
   <frame tileid="39" duration="450"/>
   <frame tileid="54" duration="450"/>
   <frame tileid="69" duration="450"/>
  </animation>
 </tile>
 <tile id="40">
  <animation>
   <frame tileid="40" duration="450"/>
   <frame tileid="55" duration="450"/>
   <frame tileid="70" duration="450"/>
  </animation>
 </tile>
 <tile id="41">
  <animation>
   <frame tileid="41" duration="450"/>
   <frame tileid="56" duration="450"/>
   <frame tileid="71" duration="450"/>
  </animation>
 </tile>
 <tile id="42">
  <animation>
   <frame tileid="42" duration="450"/>
   <frame tileid="57" duration="450"/>
   <frame tileid="72" duration="450"/>
  </animation>
 </tile>
 <tile id="43">
  <animation>
   <frame tileid="43" duration="450"/>
   <frame tileid="58" duration="450"/>
   <frame tileid="73" duration="450"/>
  </animation>
 </tile>
 <tile id="44">
  <animation>
   <frame tileid="44" duration="450"/>
   <frame tileid="59" duration="450"/>
   <frame tileid="74" duration="450"/>
  </animation>
 </tile>
 <tile id="45">
  <animation>
   <frame tileid="45" duration="450"/>
   <frame tileid="60" duration="450"/>
   <frame tileid="75" duration="450"/>
  </animation>
 </tile>
 <tile id="46">
  <animation>
   <frame tileid="46" duration="450"/>
   <frame tileid="61" duration="450"/>
   <frame tileid="76" duration="450"/>
  </animation>
 </tile>
 <tile id="47">
  <animation>
   <frame tileid="47" duration="450"/>
   <frame tileid="62" duration="450"/>
   <frame tileid="77" duration="450"/>
  </animation>
 </tile>
 <tile id="48">
  <animation>
   <frame tileid="48" duration="450"/>
   <frame tileid="63" duration="450"/>
   <frame tileid="78" duration="450"/>
  </animation>
 </tile>
 <tile id="49">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="49" duration="450"/>
   <frame tileid="64" duration="450"/>
   <frame tileid="79" duration="450"/>
  </animation>
 </tile>
 <tile id="64">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="leaves"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="leaves"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="leaves"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="137" duration="260"/>
   <frame tileid="138" duration="200"/>
   <frame tileid="139" duration="320"/>
  </animation>
 </tile>
 <tile id="138">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <wangsets>
  <wangset name="path" type="corner" tile="19">
   <wangcolor name="path" color="#ff733e39" tile="19" probability="1"/>
   <wangtile tileid="5" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="6" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="7" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="8" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="9" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="10" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="11" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="12" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="13" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="14" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="15" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="16" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="17" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="18" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="19" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="ash" type="corner" tile="34">
   <wangcolor name="ash" color="#ffc0cbdc" tile="34" probability="1"/>
   <wangtile tileid="20" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="21" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="22" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="23" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="24" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="25" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="26" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="27" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="28" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="29" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="30" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="31" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="32" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="33" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="34" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="water" type="corner" tile="49">
   <wangcolor name="water" color="#ff181425" tile="49" probability="1"/>
   <wangtile tileid="35" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="36" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="37" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="38" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="39" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="40" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="41" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="42" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="43" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="44" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="45" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="46" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="47" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="48" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="49" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="asphalt" type="corner" tile="94">
   <wangcolor name="asphalt" color="#ff262b44" tile="94" probability="1"/>
   <wangtile tileid="80" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="81" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="82" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="83" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="84" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="85" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="86" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="87" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="88" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="89" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="90" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="91" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="92" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="93" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="94" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
 </wangsets>
</tileset>
