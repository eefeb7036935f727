<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="forest" tilewidth="16" tileheight="16" tilecount="174" columns="16">
 <image source="forest.png" width="256" height="176"/>
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
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="step" value="dirt"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="step" value="dirt"/>
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
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
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
  <animation>
   <frame tileid="49" duration="450"/>
   <frame tileid="64" duration="450"/>
   <frame tileid="79" duration="450"/>
  </animation>
 </tile>
 <tile id="50">
  <animation>
   <frame tileid="50" duration="450"/>
   <frame tileid="65" duration="450"/>
   <frame tileid="80" duration="450"/>
  </animation>
 </tile>
 <tile id="51">
  <animation>
   <frame tileid="51" duration="450"/>
   <frame tileid="66" duration="450"/>
   <frame tileid="81" duration="450"/>
  </animation>
 </tile>
 <tile id="52">
  <animation>
   <frame tileid="52" duration="450"/>
   <frame tileid="67" duration="450"/>
   <frame tileid="82" duration="450"/>
  </animation>
 </tile>
 <tile id="53">
  <animation>
   <frame tileid="53" duration="450"/>
   <frame tileid="68" duration="450"/>
   <frame tileid="83" duration="450"/>
  </animation>
 </tile>
 <tile id="54">
  <animation>
   <frame tileid="54" duration="450"/>
   <frame tileid="69" duration="450"/>
   <frame tileid="84" duration="450"/>
  </animation>
 </tile>
 <tile id="55">
  <animation>
   <frame tileid="55" duration="450"/>
   <frame tileid="70" duration="450"/>
   <frame tileid="85" duration="450"/>
  </animation>
 </tile>
 <tile id="56">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="56" duration="450"/>
   <frame tileid="71" duration="450"/>
   <frame tileid="86" duration="450"/>
  </animation>
 </tile>
 <tile id="71">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="solid" type="bool" value="true"/>
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
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="leaves"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="leaves"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="leaves"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
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
 <tile id="119">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="147" duration="260"/>
   <frame tileid="148" duration="200"/>
   <frame tileid="149" duration="320"/>
  </animation>
 </tile>
 <tile id="148">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
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
 <tile id="152">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <wangsets>
  <wangset name="path" type="corner" tile="23">
   <wangcolor name="path" color="#ff733e39" tile="23" probability="1"/>
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
   <wangtile tileid="23" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="ash" type="corner" tile="41">
   <wangcolor name="ash" color="#ffc0cbdc" tile="41" probability="1"/>
   <wangtile tileid="24" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="25" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="26" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="27" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="28" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="29" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="30" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="31" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="32" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="33" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="34" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="35" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="36" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="37" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="41" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="water" type="corner" tile="56">
   <wangcolor name="water" color="#ff124e89" tile="56" probability="1"/>
   <wangtile tileid="42" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="43" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="44" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="45" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="46" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="47" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="48" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="49" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="50" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="51" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="52" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="53" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="54" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="55" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="56" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="asphalt" type="corner" tile="101">
   <wangcolor name="asphalt" color="#ff262b44" tile="101" probability="1"/>
   <wangtile tileid="87" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="88" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="89" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="90" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="91" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="92" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="93" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="94" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="95" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="96" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="97" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="98" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="99" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="100" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="101" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
 </wangsets>
</tileset>
