<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="confrontation" tilewidth="16" tileheight="16" tilecount="146" columns="16">
 <image source="confrontation.png" width="256" height="160"/>
 <tile id="0">
  <properties>
   <property name="step" value="snow"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="step" value="snow"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="step" value="snow"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="step" value="snow"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="snow"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="snow"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="snow"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <animation>
   <frame tileid="41" duration="240"/>
   <frame tileid="66" duration="240"/>
   <frame tileid="91" duration="240"/>
   <frame tileid="116" duration="240"/>
  </animation>
 </tile>
 <tile id="42">
  <animation>
   <frame tileid="42" duration="240"/>
   <frame tileid="67" duration="240"/>
   <frame tileid="92" duration="240"/>
   <frame tileid="117" duration="240"/>
  </animation>
 </tile>
 <tile id="43">
  <animation>
   <frame tileid="43" duration="240"/>
   <frame tileid="68" duration="240"/>
   <frame tileid="93" duration="240"/>
   <frame tileid="118" duration="240"/>
  </animation>
 </tile>
 <tile id="44">
  <animation>
   <frame tileid="44" duration="240"/>
   <frame tileid="69" duration="240"/>
   <frame tileid="94" duration="240"/>
   <frame tileid="119" duration="240"/>
  </animation>
 </tile>
 <tile id="45">
  <animation>
   <frame tileid="45" duration="240"/>
   <frame tileid="70" duration="240"/>
   <frame tileid="95" duration="240"/>
   <frame tileid="120" duration="240"/>
  </animation>
 </tile>
 <tile id="46">
  <animation>
   <frame tileid="46" duration="240"/>
   <frame tileid="71" duration="240"/>
   <frame tileid="96" duration="240"/>
   <frame tileid="121" duration="240"/>
  </animation>
 </tile>
 <tile id="47">
  <animation>
   <frame tileid="47" duration="240"/>
   <frame tileid="72" duration="240"/>
   <frame tileid="97" duration="240"/>
   <frame tileid="122" duration="240"/>
  </animation>
 </tile>
 <tile id="48">
  <animation>
   <frame tileid="48" duration="240"/>
   <frame tileid="73" duration="240"/>
   <frame tileid="98" duration="240"/>
   <frame tileid="123" duration="240"/>
  </animation>
 </tile>
 <tile id="49">
  <animation>
   <frame tileid="49" duration="240"/>
   <frame tileid="74" duration="240"/>
   <frame tileid="99" duration="240"/>
   <frame tileid="124" duration="240"/>
  </animation>
 </tile>
 <tile id="50">
  <animation>
   <frame tileid="50" duration="240"/>
   <frame tileid="75" duration="240"/>
   <frame tileid="100" duration="240"/>
   <frame tileid="125" duration="240"/>
  </animation>
 </tile>
 <tile id="51">
  <animation>
   <frame tileid="51" duration="240"/>
   <frame tileid="76" duration="240"/>
   <frame tileid="101" duration="240"/>
   <frame tileid="126" duration="240"/>
  </animation>
 </tile>
 <tile id="52">
  <animation>
   <frame tileid="52" duration="240"/>
   <frame tileid="77" duration="240"/>
   <frame tileid="102" duration="240"/>
   <frame tileid="127" duration="240"/>
  </animation>
 </tile>
 <tile id="53">
  <animation>
   <frame tileid="53" duration="240"/>
   <frame tileid="78" duration="240"/>
   <frame tileid="103" duration="240"/>
   <frame tileid="128" duration="240"/>
  </animation>
 </tile>
 <tile id="54">
  <animation>
   <frame tileid="54" duration="240"/>
   <frame tileid="79" duration="240"/>
   <frame tileid="104" duration="240"/>
   <frame tileid="129" duration="240"/>
  </animation>
 </tile>
 <tile id="55">
  <animation>
   <frame tileid="55" duration="240"/>
   <frame tileid="80" duration="240"/>
   <frame tileid="105" duration="240"/>
   <frame tileid="130" duration="240"/>
  </animation>
 </tile>
 <tile id="56">
  <animation>
   <frame tileid="56" duration="240"/>
   <frame tileid="81" duration="240"/>
   <frame tileid="106" duration="240"/>
   <frame tileid="131" duration="240"/>
  </animation>
 </tile>
 <tile id="57">
  <animation>
   <frame tileid="57" duration="240"/>
   <frame tileid="82" duration="240"/>
   <frame tileid="107" duration="240"/>
   <frame tileid="132" duration="240"/>
  </animation>
 </tile>
 <tile id="58">
  <animation>
   <frame tileid="58" duration="240"/>
   <frame tileid="83" duration="240"/>
   <frame tileid="108" duration="240"/>
   <frame tileid="133" duration="240"/>
  </animation>
 </tile>
 <tile id="59">
  <animation>
   <frame tileid="59" duration="240"/>
   <frame tileid="84" duration="240"/>
   <frame tileid="109" duration="240"/>
   <frame tileid="134" duration="240"/>
  </animation>
 </tile>
 <tile id="60">
  <animation>
   <frame tileid="60" duration="240"/>
   <frame tileid="85" duration="240"/>
   <frame tileid="110" duration="240"/>
   <frame tileid="135" duration="240"/>
  </animation>
 </tile>
 <tile id="61">
  <animation>
   <frame tileid="61" duration="240"/>
   <frame tileid="86" duration="240"/>
   <frame tileid="111" duration="240"/>
   <frame tileid="136" duration="240"/>
  </animation>
 </tile>
 <tile id="62">
  <animation>
   <frame tileid="62" duration="240"/>
   <frame tileid="87" duration="240"/>
   <frame tileid="112" duration="240"/>
   <frame tileid="137" duration="240"/>
  </animation>
 </tile>
 <tile id="63">
  <animation>
   <frame tileid="63" duration="240"/>
   <frame tileid="88" duration="240"/>
   <frame tileid="113" duration="240"/>
   <frame tileid="138" duration="240"/>
  </animation>
 </tile>
 <tile id="64">
  <animation>
   <frame tileid="64" duration="240"/>
   <frame tileid="89" duration="240"/>
   <frame tileid="114" duration="240"/>
   <frame tileid="139" duration="240"/>
  </animation>
 </tile>
 <tile id="65">
  <animation>
   <frame tileid="65" duration="240"/>
   <frame tileid="90" duration="240"/>
   <frame tileid="115" duration="240"/>
   <frame tileid="140" duration="240"/>
  </animation>
 </tile>
 <tile id="141">
  <animation>
   <frame tileid="141" duration="140"/>
   <frame tileid="142" duration="140"/>
   <frame tileid="143" duration="140"/>
   <frame tileid="144" duration="140"/>
  </animation>
 </tile>
 <tile id="145">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <wangsets>
  <wangset name="scorch" type="corner" tile="20">
   <wangcolor name="scorch" color="#ff8b9bb4" tile="20" probability="1"/>
   <wangtile tileid="4" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="5" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="6" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="7" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="8" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="9" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="10" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="11" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="12" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="13" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="14" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="15" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="16" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="17" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="20" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
 </wangsets>
</tileset>
