import type { Component, Snippet } from "svelte";
import type { BlockContext } from "./block-context";
import type { BlockState } from "./block.svelte";

import Accordion from "../layouts/Accordion.svelte";
import Column from "../layouts/Column.svelte";
import Group from "../layouts/Group.svelte";
import Row from "../layouts/Row.svelte";
import Tab from "../layouts/Tab.svelte";
import Tabs from "../layouts/Tabs.svelte";

import Button from "../components/Button.svelte";
import Chatbot from "../components/Chatbot.svelte";
import Checkbox from "../components/Checkbox.svelte";
import CheckboxGroup from "../components/CheckboxGroup.svelte";
import Dataset from "../components/Dataset.svelte";
import Dropdown from "../components/Dropdown.svelte";
import File from "../components/File.svelte";
import Html from "../components/Html.svelte";
import Image from "../components/Image.svelte";
import Json from "../components/Json.svelte";
import Label from "../components/Label.svelte";
import LoginButton from "../components/LoginButton.svelte";
import Markdown from "../components/Markdown.svelte";
import MultimodalTextbox from "../components/MultimodalTextbox.svelte";
import Number from "../components/Number.svelte";
import Radio from "../components/Radio.svelte";
import Slider from "../components/Slider.svelte";
import Textbox from "../components/Textbox.svelte";

/**
 * What every component and layout file receives, typed by its own props interface (`P`, declared
 * beside it). Layouts also get their children.
 */
export interface BlockProps<P extends object = Record<string, any>> {
  block: BlockState<P>;
  ctx: BlockContext;
  children?: Snippet;
}

/**
 * The Svelte file that renders each config `type`. A new component joins by adding its file
 * and a line here. `state` has no entry: it is never shown.
 */
// Each file takes its own props' type; the config gives each block whatever its type's file reads.
export const registry: Record<string, Component<BlockProps<any>>> = {
  accordion: Accordion,
  column: Column,
  group: Group,
  row: Row,
  tabitem: Tab,
  tabs: Tabs,

  button: Button,
  chatbot: Chatbot,
  checkbox: Checkbox,
  checkboxgroup: CheckboxGroup,
  dataset: Dataset,
  dropdown: Dropdown,
  file: File,
  html: Html,
  image: Image,
  json: Json,
  label: Label,
  loginbutton: LoginButton,
  markdown: Markdown,
  multimodaltextbox: MultimodalTextbox,
  number: Number,
  radio: Radio,
  slider: Slider,
  textbox: Textbox,
};
