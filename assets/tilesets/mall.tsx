<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="mall" tilewidth="16" tileheight="16" tilecount="189" columns="16">
 <image source="mall.png" width="256" height="192"/>
 <tile id="0">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="step" value="asphalt"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <animation>
   <frame tileid="31" duration="1800"/>
   <frame tileid="32" duration="90"/>
  </animation>
 </tile>
 <tile id="33">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="leaves"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="leaves"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="leaves"/>
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
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
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
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="cover" type="bool" value="true"/>
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
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="cover" type="bool" value="true"/>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="cover" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="137" duration="300"/>
   <frame tileid="138" duration="300"/>
   <frame tileid="139" duration="300"/>
  </animation>
 </tile>
 <tile id="138">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="solid" type="bool" value="true"/>
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
  <animation>
   <frame tileid="149" duration="220"/>
   <frame tileid="158" duration="220"/>
   <frame tileid="167" duration="220"/>
  </animation>
 </tile>
 <tile id="150">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="150" duration="220"/>
   <frame tileid="159" duration="220"/>
   <frame tileid="168" duration="220"/>
  </animation>
 </tile>
 <tile id="151">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="151" duration="220"/>
   <frame tileid="160" duration="220"/>
   <frame tileid="169" duration="220"/>
  </animation>
 </tile>
 <tile id="152">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="152" duration="220"/>
   <frame tileid="161" duration="220"/>
   <frame tileid="170" duration="220"/>
  </animation>
 </tile>
 <tile id="153">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="153" duration="220"/>
   <frame tileid="162" duration="220"/>
   <frame tileid="171" duration="220"/>
  </animation>
 </tile>
 <tile id="154">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="154" duration="220"/>
   <frame tileid="163" duration="220"/>
   <frame tileid="172" duration="220"/>
  </animation>
 </tile>
 <tile id="155">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="155" duration="220"/>
   <frame tileid="164" duration="220"/>
   <frame tileid="173" duration="220"/>
  </animation>
 </tile>
 <tile id="156">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="156" duration="220"/>
   <frame tileid="165" duration="220"/>
   <frame tileid="174" duration="220"/>
  </animation>
 </tile>
 <tile id="157">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="157" duration="220"/>
   <frame tileid="166" duration="220"/>
   <frame tileid="175" duration="220"/>
  </animation>
 </tile>
 <tile id="158">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="wood"/>
  </properties>
 </tile>
 <tile id="187">
  <animation>
   <frame tileid="187" duration="2400"/>
   <frame tileid="188" duration="70"/>
  </animation>
 </tile>
 <wangsets>
  <wangset name="pavement" type="corner" tile="18">
   <wangcolor name="pavement" color="#ff8b9bb4" tile="18" probability="1"/>
   <wangtile tileid="2" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="3" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="4" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="5" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="6" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="7" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="8" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="9" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="10" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="11" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="12" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="13" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="14" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="15" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="18" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
 </wangsets>
</tileset>
