import type { Component, Snippet } from "svelte";
import type { BlockContext } from "./block-context";
import type { BlockState } from "./block.svelte";

import Accordion from "../layouts/Accordion.svelte";
import Column from "../layouts/Column.svelte";
import Form from "../layouts/Form.svelte";
import Group from "../layouts/Group.svelte";
import Row from "../layouts/Row.svelte";
import Tab from "../layouts/Tab.svelte";
import Tabs from "../layouts/Tabs.svelte";

import Button from "../components/Button.svelte";
import Checkbox from "../components/Checkbox.svelte";
import CheckboxGroup from "../components/CheckboxGroup.svelte";
import LoginButton from "../components/LoginButton.svelte";
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

// Each file takes its own props' type; the config gives each block whatever its type's file reads.
export type BlockComponent = Component<BlockProps<any>>;

/** A component loaded when a page first shows one (see {@link registry}). */
export interface OnDemand {
  load: () => Promise<{ default: BlockComponent }>;
}

/**
 * The Svelte file that renders each config `type`. A new component joins by adding its file
 * and a line here. `state` has no entry: it is never shown. Layouts and the small form
 * components come with the page; the others, heavy (Markdown and DOMPurify, the chat, the
 * webcam) or rarer, are loaded on demand, so that a simple app's page stays small.
 */
export const registry: Record<string, BlockComponent | OnDemand> = {
  accordion: Accordion,
  column: Column,
  form: Form,
  group: Group,
  row: Row,
  tabitem: Tab,
  tabs: Tabs,

  button: Button,
  checkbox: Checkbox,
  checkboxgroup: CheckboxGroup,
  loginbutton: LoginButton,
  number: Number,
  radio: Radio,
  slider: Slider,
  textbox: Textbox,

  chatbot: { load: () => import("../components/chatbot/Chatbot.svelte") },
  colorpicker: { load: () => import("../components/ColorPicker.svelte") },
  dataset: { load: () => import("../components/Dataset.svelte") },
  dropdown: { load: () => import("../components/Dropdown.svelte") },
  file: { load: () => import("../components/File.svelte") },
  highlightedtext: { load: () => import("../components/HighlightedText.svelte") },
  html: { load: () => import("../components/Html.svelte") },
  image: { load: () => import("../components/Image.svelte") },
  json: { load: () => import("../components/Json.svelte") },
  label: { load: () => import("../components/Label.svelte") },
  markdown: { load: () => import("../components/Markdown.svelte") },
  multimodaltextbox: { load: () => import("../components/MultimodalTextbox.svelte") },
};
