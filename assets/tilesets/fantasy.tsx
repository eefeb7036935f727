<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="fantasy" tilewidth="16" tileheight="16" tilecount="268" columns="16">
 <image source="fantasy.png" width="256" height="272"/>
 <tile id="0">
  <properties>
   <property name="step" value="grass"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="step" value="grass"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="step" value="gravel"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="step" value="grass"/>
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
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="step" value="tile"/>
  </properties>
 </tile>
 <tile id="40">
  <animation>
   <frame tileid="40" duration="380"/>
   <frame tileid="55" duration="380"/>
   <frame tileid="70" duration="380"/>
  </animation>
 </tile>
 <tile id="41">
  <animation>
   <frame tileid="41" duration="380"/>
   <frame tileid="56" duration="380"/>
   <frame tileid="71" duration="380"/>
  </animation>
 </tile>
 <tile id="42">
  <animation>
   <frame tileid="42" duration="380"/>
   <frame tileid="57" duration="380"/>
   <frame tileid="72" duration="380"/>
  </animation>
 </tile>
 <tile id="43">
  <animation>
   <frame tileid="43" duration="380"/>
   <frame tileid="58" duration="380"/>
   <frame tileid="73" duration="380"/>
  </animation>
 </tile>
 <tile id="44">
  <animation>
   <frame tileid="44" duration="380"/>
   <frame tileid="59" duration="380"/>
   <frame tileid="74" duration="380"/>
  </animation>
 </tile>
 <tile id="45">
  <animation>
   <frame tileid="45" duration="380"/>
   <frame tileid="60" duration="380"/>
   <frame tileid="75" duration="380"/>
  </animation>
 </tile>
 <tile id="46">
  <animation>
   <frame tileid="46" duration="380"/>
   <frame tileid="61" duration="380"/>
   <frame tileid="76" duration="380"/>
  </animation>
 </tile>
 <tile id="47">
  <animation>
   <frame tileid="47" duration="380"/>
   <frame tileid="62" duration="380"/>
   <frame tileid="77" duration="380"/>
  </animation>
 </tile>
 <tile id="48">
  <animation>
   <frame tileid="48" duration="380"/>
   <frame tileid="63" duration="380"/>
   <frame tileid="78" duration="380"/>
  </animation>
 </tile>
 <tile id="49">
  <animation>
   <frame tileid="49" duration="380"/>
   <frame tileid="64" duration="380"/>
   <frame tileid="79" duration="380"/>
  </animation>
 </tile>
 <tile id="50">
  <animation>
   <frame tileid="50" duration="380"/>
   <frame tileid="65" duration="380"/>
   <frame tileid="80" duration="380"/>
  </animation>
 </tile>
 <tile id="51">
  <animation>
   <frame tileid="51" duration="380"/>
   <frame tileid="66" duration="380"/>
   <frame tileid="81" duration="380"/>
  </animation>
 </tile>
 <tile id="52">
  <animation>
   <frame tileid="52" duration="380"/>
   <frame tileid="67" duration="380"/>
   <frame tileid="82" duration="380"/>
  </animation>
 </tile>
 <tile id="53">
  <animation>
   <frame tileid="53" duration="380"/>
   <frame tileid="68" duration="380"/>
   <frame tileid="83" duration="380"/>
  </animation>
 </tile>
 <tile id="54">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="54" duration="380"/>
   <frame tileid="69" duration="380"/>
   <frame tileid="84" duration="380"/>
  </animation>
 </tile>
 <tile id="69">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <animation>
   <frame tileid="100" duration="700"/>
   <frame tileid="101" duration="700"/>
  </animation>
 </tile>
 <tile id="103">
  <animation>
   <frame tileid="103" duration="790"/>
   <frame tileid="104" duration="770"/>
  </animation>
 </tile>
 <tile id="106">
  <animation>
   <frame tileid="106" duration="880"/>
   <frame tileid="107" duration="840"/>
  </animation>
 </tile>
 <tile id="109">
  <animation>
   <frame tileid="109" duration="970"/>
   <frame tileid="110" duration="910"/>
  </animation>
 </tile>
 <tile id="112">
  <animation>
   <frame tileid="112" duration="160"/>
   <frame tileid="113" duration="160"/>
   <frame tileid="114" duration="160"/>
   <frame tileid="115" duration="160"/>
  </animation>
 </tile>
 <tile id="116">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="153">
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
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="wood"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="step" value="wood"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="wood"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="225">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="226">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="234">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="235">
  <properties>
   <property name="step" value="carpet"/>
  </properties>
 </tile>
 <tile id="236">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="237">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="wood"/>
  </properties>
 </tile>
 <tile id="238">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="239">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="240">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="241">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="242">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="243">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="244">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="245">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="246">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="247">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="248">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="249">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="250">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="251">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="252">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="253">
  <properties>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="254">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="255">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="257">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="262">
  <properties>
   <property name="step" value="wood"/>
  </properties>
 </tile>
 <tile id="263">
  <properties>
   <property name="roof" type="bool" value="true"/>
   <property name="step" value="wood"/>
  </properties>
 </tile>
 <tile id="264">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="265">
  <properties>
   <property name="blocks_air" type="bool" value="true"/>
   <property name="blocks_sight" type="bool" value="true"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="266">
  <animation>
   <frame tileid="266" duration="1300"/>
   <frame tileid="267" duration="1100"/>
  </animation>
 </tile>
 <wangsets>
  <wangset name="sand" type="corner" tile="22">
   <wangcolor name="sand" color="#ffead4aa" tile="22" probability="1"/>
   <wangtile tileid="6" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="7" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="8" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="9" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="10" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="11" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="12" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="13" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="14" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="15" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="16" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="17" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="18" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="19" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="22" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="slab" type="corner" tile="39">
   <wangcolor name="slab" color="#ff5a6988" tile="39" probability="1"/>
   <wangtile tileid="23" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="24" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="25" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="26" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="27" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="28" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="29" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="30" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="31" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="32" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="33" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="34" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="35" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="36" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="39" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="pond" type="corner" tile="54">
   <wangcolor name="pond" color="#ff0099db" tile="54" probability="1"/>
   <wangtile tileid="40" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="41" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="42" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="43" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="44" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="45" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="46" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="47" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="48" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="49" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="50" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="51" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="52" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="53" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="54" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="tank" type="corner" tile="99">
   <wangcolor name="tank" color="#ff262b44" tile="99" probability="1"/>
   <wangtile tileid="85" wangid="0,0,0,0,0,0,0,1"/>
   <wangtile tileid="86" wangid="0,1,0,0,0,0,0,0"/>
   <wangtile tileid="87" wangid="0,1,0,0,0,0,0,1"/>
   <wangtile tileid="88" wangid="0,0,0,0,0,1,0,0"/>
   <wangtile tileid="89" wangid="0,0,0,0,0,1,0,1"/>
   <wangtile tileid="90" wangid="0,1,0,0,0,1,0,0"/>
   <wangtile tileid="91" wangid="0,1,0,0,0,1,0,1"/>
   <wangtile tileid="92" wangid="0,0,0,1,0,0,0,0"/>
   <wangtile tileid="93" wangid="0,0,0,1,0,0,0,1"/>
   <wangtile tileid="94" wangid="0,1,0,1,0,0,0,0"/>
   <wangtile tileid="95" wangid="0,1,0,1,0,0,0,1"/>
   <wangtile tileid="96" wangid="0,0,0,1,0,1,0,0"/>
   <wangtile tileid="97" wangid="0,0,0,1,0,1,0,1"/>
   <wangtile tileid="98" wangid="0,1,0,1,0,1,0,0"/>
   <wangtile tileid="99" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
 </wangsets>
</tileset>
